// Prints vitest's JSON report as the closing line CI reads: `N passed, N failed[, N skipped]`.
import {readFileSync} from 'node:fs'

const file = process.argv[2]
let report
try {
  report = JSON.parse(readFileSync(file, 'utf8'))
} catch (error) {
  console.log(`Cannot read test report ${file}: ${error.message}`)
  console.log('0 passed, 1 failed')
  process.exit(1)
}
// A file that fails where no test of it does (an import that breaks, a beforeAll that throws or times out and
// skips its tests) counts as a failure too, so it can never look green.
const failedSuites = report.testResults.filter((suite) => suite.status === 'failed' && !suite.assertionResults.some((test) => test.status === 'failed')).length
const passed = report.numPassedTests
const failed = report.numFailedTests + failedSuites
const skipped = report.numPendingTests + report.numTodoTests
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
