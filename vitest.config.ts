import os from 'node:os'
import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    pool: 'forks',
    // `exec` saves sessions under $CODEX_HOME: keep the tests' out of the user's ~/.codex.
    env: { CODEX_HOME: path.join(os.tmpdir(), 'codex-pr-action-tests-codex-home') },
    // Before a test file that runs dist/: stop when dist/ was bundled from other sources.
    setupFiles: ['./__tests__/helpers/dist-fresh.ts'],
    // Most tests wait on child processes (git, bubblewrap, the bundled action), not on the CPU:
    // vitest's default of one worker per core less one would leave a 2-core machine half idle.
    maxWorkers: 4,
    reporters: ['default', './scripts/slowest-files.ts'],
  },
})
