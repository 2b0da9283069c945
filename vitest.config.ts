import {defineConfig} from 'vitest/config'

export default defineConfig({
  resolve: {conditions: ['@gongwen/source']},
  ssr: {resolve: {conditions: ['@gongwen/source']}},
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['test/fail-on-console.ts', 'test/fast-check-seed.ts'],
    testTimeout: 60_000,
    pool: 'forks'
  }
})
