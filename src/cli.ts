// Local entry point: `exec` runs the agent on a folder like `codex exec`; `apply_patch` applies a
// Codex-format patch in the current folder.
import { runApplyPatchCli } from './tools/apply-patch/cli.js'

const USAGE = `usage:
  node dist/cli.js exec [--cd DIR] [--config FILE] [-c key=value]... [--profile NAME] [--model M]
                        [--sandbox MODE] [--json] [--output-last-message FILE] [PROMPT | -]
  node dist/cli.js apply_patch [PATCH]     (patch on stdin when absent)`

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
    default:
      process.stderr.write(`error: unknown command '${command}'\n${USAGE}\n`)
      return 2
  }
}

process.exitCode = await main(process.argv.slice(2))
