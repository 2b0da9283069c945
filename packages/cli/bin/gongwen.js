#!/usr/bin/env node
import('../dist/index.js').then((m) => m.main())
