// Local entry point: `exec` runs the agent on a folder like `codex exec`; `apply_patch` applies a
// Codex-format patch in the current folder.
import module from 'node:module'
import path from 'node:path'
import { runApplyPatchCli } from './tools/apply-patch/cli.js'
import { VERSION } from './version.js'

/**
 * Node ≥ 22.1 keeps the bundle's compiled code on disk, so a later start skips most of compiling
 * it (Node 20 has no such cache and starts as before). The cache lives beside the bundle, not in a
 * shared temp folder: whoever can write it can run code in this process, and whoever can write
 * beside the bundle can already change the bundle. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
 */
function enableCompileCache(): void {
  const enable = (module as { enableCompileCache?: (directory: string) => unknown }).enableCompileCache
  enable?.(path.join(import.meta.dirname, '.compile-cache'))
}

const USAGE = `Usage: node dist/cli.js <COMMAND>

Commands:
  exec         Run the agent non-interactively on a folder (see: exec --help)
  apply_patch  Apply a Codex-format patch in the current folder [PATCH, else stdin]

Options:
  -h, --help     Print help
  -V, --version  Print version`

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  switch (command) {
    case 'apply_patch':
    case 'applypatch':
      return runApplyPatchCli(rest.at(-1), process.cwd())
    case 'exec': {
      const { runExecCli } = await import('./exec/index.js')
      return runExecCli(rest)
    }
    case undefined:
    case '-h':
    case '--help':
      process.stdout.write(`${USAGE}\n`)
      return command === undefined ? 2 : 0
    case '-V':
    case '--version':
      process.stdout.write(`codex-pr-action ${VERSION}\n`)
      return 0
    default:
      process.stderr.write(`error: unrecognized subcommand '${command}'\n\n${USAGE}\n`)
      return 2
  }
}

enableCompileCache()
process.exitCode = await main(process.argv.slice(2))
