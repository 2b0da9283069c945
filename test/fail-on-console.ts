// Library code must report through vfile messages, never the console (zod's fail-on-console pattern).
import {beforeEach} from 'vitest'

const methods = ['log', 'info', 'warn', 'error', 'debug'] as const

beforeEach(() => {
  for (const method of methods) {
    console[method] = (...args: unknown[]) => {
      throw new Error(`Unexpected console.${method} in a test: ${args.map(String).join(' ')}`)
    }
  }
})
