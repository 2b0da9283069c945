#!/usr/bin/env node
import('../dist/index.js').then((module) => module.main())
