// `exec --help` and the usage line printed with a bad argument, laid out as clap (which `codex
// exec` uses) lays them out, so people and scripts used to Codex read them the same way.
import { VERSION } from '../version.js'

export const EXEC_USAGE_LINE = 'Usage: node dist/cli.js exec [OPTIONS] [PROMPT]'

export const EXEC_HELP = `Run the agent non-interactively on a folder, like \`codex exec\`

${EXEC_USAGE_LINE}

Arguments:
  [PROMPT]  Instructions for the agent. If not given as an argument (or if \`-\` is used), they are
            read from stdin

Options:
  -C, --cd <DIR>                     The folder the agent works in [default: the current folder]
      --config <FILE>                The config.toml to read [default: <DIR>/.codex/config.toml,
                                     else $CODEX_HOME/config.toml]
  -c, --config-override <key=value>  Override a config value (TOML), e.g. -c model="gpt-5"; repeatable
  -p, --profile <NAME>               The [profiles.<NAME>] table of the config to apply
  -m, --model <MODEL>                The model to use
  -s, --sandbox <MODE>               Sandbox policy for commands [possible values: read-only,
                                     workspace-write, danger-full-access]
      --json                         Print Codex's JSONL events on stdout
  -o, --output-last-message <FILE>   Write the agent's last message to FILE
      --output-schema <FILE>         JSON Schema the final message must match (printed as that JSON)
  -i, --image <FILE>                 An image to attach to the prompt; repeatable
      --max-turns <N>                Stop after N model turns [default: 80]
      --timeout-minutes <N>          Stop after N minutes [default: 30]
      --max-cost-usd <USD>           Stop once the run has cost this much (needs a known price)
      --max-tokens <N>               Stop once the run has used N tokens (input + output)
      --skip-git-repo-check          Accepted for Codex compatibility; exec never requires a git repo
  -h, --help                         Print help
  -V, --version                      Print version`

export function versionText(): string {
  return `codex-pr-action exec ${VERSION}`
}

/** clap's shape for a bad argument: the error, the usage line, and where to learn more. */
export function usageErrorText(message: string): string {
  return `error: ${message}\n\n${EXEC_USAGE_LINE}\n\nFor more information, try '--help'.\n`
}
