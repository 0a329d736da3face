// Local entry point: `exec` runs the agent on a folder like `codex exec`; `apply_patch` applies a
// Codex-format patch in the current folder.
import { runApplyPatchCli } from './tools/apply-patch/cli.js'
import { VERSION } from './version.js'

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

process.exitCode = await main(process.argv.slice(2))
