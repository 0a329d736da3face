// A vitest reporter that ends the run with the slowest test files, so a change that slows the
// suite shows up in every CI log rather than only as a longer wall time.
import type { Reporter, TestModule } from 'vitest/node'

const SHOWN = 10

export default class SlowestFiles implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const timed = testModules
      .map((module) => ({ file: module.relativeModuleId, ms: module.diagnostic().duration }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, SHOWN)
    if (timed.length === 0) return
    const lines = timed.map(({ file, ms }) => `  ${(ms / 1000).toFixed(1).padStart(6)} s  ${file}`)
    process.stdout.write(
      `\nSlowest test files (time inside the file, all its tests and hooks):\n${lines.join('\n')}\n`,
    )
  }
}
