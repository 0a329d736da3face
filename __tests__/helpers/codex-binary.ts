// The real `codex` binary, for differential tests: the `@openai/codex` npm package installed at
// test time into a temporary folder (never a dependency of the action), reused across runs.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const CODEX_VERSION = '0.171.0'
export const CODEX_INSTALL_DIR = path.join(os.tmpdir(), `codex-reference-${CODEX_VERSION}`)
const BINARY = path.join(
  CODEX_INSTALL_DIR,
  'node_modules/@openai/codex-linux-x64/vendor/x86_64-unknown-linux-musl/bin/codex',
)

/** The binary's path, or why it cannot be had here (the test then skips, saying so). */
export function installCodex(): { binary: string } | { unavailable: string } {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    return { unavailable: `Codex's linux-x64 binary does not run on ${process.platform}-${process.arch}` }
  try {
    if (!existsSync(BINARY)) {
      mkdirSync(CODEX_INSTALL_DIR, { recursive: true })
      execFileSync(
        'npm',
        ['install', '--no-save', '--no-audit', '--no-fund', `@openai/codex@${CODEX_VERSION}`],
        { cwd: CODEX_INSTALL_DIR, stdio: 'pipe', timeout: 240_000 },
      )
    }
    return { binary: BINARY }
  } catch (error) {
    return {
      unavailable: `@openai/codex@${CODEX_VERSION} could not be installed from the npm registry: ${String(error).slice(0, 300)}`,
    }
  }
}
