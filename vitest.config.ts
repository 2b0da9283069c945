import {defineConfig} from 'vitest/config'

export default defineConfig({
  resolve: {conditions: ['@gongwen/source']},
  ssr: {resolve: {conditions: ['@gongwen/source']}},
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['test/fail-on-console.ts', 'test/fast-check-seed.ts'],
    testTimeout: 60_000,
    // The eval tests redact the whole corpus and the sentence bank once in beforeAll: a setup, not a timing
    // (10 s, vitest's default, ran out on a loaded 2-vCPU machine)
    hookTimeout: 180_000,
    pool: 'forks'
  }
})
