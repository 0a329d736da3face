// `exec --help` and the usage line printed with a bad argument, laid out as clap (which `codex
// exec` uses) lays them out, so people and scripts used to Codex read them the same way.
import { VERSION } from '../version.js'

export const EXEC_USAGE_LINE = `Usage: node dist/cli.js exec [OPTIONS] [PROMPT]
       node dist/cli.js exec [OPTIONS] resume [SESSION_ID|--last] [PROMPT]`

export const EXEC_HELP = `Run the agent non-interactively on a folder, like \`codex exec\`

${EXEC_USAGE_LINE}

Commands:
  resume  Resume a saved session ($CODEX_HOME/sessions) by id, or the newest for this folder with
          --last; PROMPT (else stdin) is the next user turn

Arguments:
  [PROMPT]  Instructions for the agent. If not given as an argument (or if \`-\` is used), they are
            read from stdin. If stdin is piped and a prompt is also given, stdin is appended as a
            <stdin> block

Options:
  -C, --cd <DIR>                     The folder the agent works in [default: the current folder]
  -c, --config <key=value>           Override a config value (TOML), e.g. -c model="gpt-5"; repeatable
      --config-file <FILE>           Read FILE in place of $CODEX_HOME/config.toml (trusted like it)
      --ignore-user-config           Do not read $CODEX_HOME/config.toml or its profile files
      --strict-config                Stop on unknown config keys instead of warning
  -p, --profile <NAME>               Apply $CODEX_HOME/NAME.config.toml, else [profiles.NAME]
      --oss                          Use a local provider (ollama or lmstudio) and its default model
      --local-provider <ID>          The provider --oss uses [possible values: ollama, lmstudio]
  -m, --model <MODEL>                The model to use
  -s, --sandbox <MODE>               Sandbox policy for commands [possible values: read-only,
                                     workspace-write, danger-full-access]
      --json                         Print Codex's JSONL events on stdout
  -o, --output-last-message <FILE>   Write the agent's last message to FILE
      --output-schema <FILE>         JSON Schema the final message must match (printed as that JSON)
  -i, --image <FILE>                 Images to attach to the prompt; repeatable or comma-separated
      --max-turns <N>                Stop after N model turns [default: 80]
      --timeout-minutes <N>          Stop after N minutes [default: 30]
      --max-cost-usd <USD>           Stop once the run has cost this much (needs a known price)
      --max-tokens <N>               Stop once the run has used N tokens (input + output)
      --skip-git-repo-check          Allow running outside a git repository
      --dangerously-bypass-approvals-and-sandbox
                                     Run commands without a sandbox and without approval (alias:
                                     --yolo). EXTREMELY DANGEROUS: only where something else
                                     sandboxes the run
      --color <COLOR>                Colour the progress on stderr [default: auto] [possible values:
                                     always, never, auto]
      --ephemeral                    Do not save the session under $CODEX_HOME/sessions
      --add-dir <DIR>                Another folder commands may write to (workspace-write);
                                     repeatable
      --enable <FEATURE>             Codex's -c features.<FEATURE>=true: accepted, has no effect here
      --disable <FEATURE>            Codex's -c features.<FEATURE>=false: accepted, has no effect here
      --last                         resume: the newest session whose last turn ran in this folder
      --all                          resume: look at the sessions of every folder
  -h, --help                         Print help
  -V, --version                      Print version`

export function versionText(): string {
  return `codex-pr-action exec ${VERSION}`
}

/** clap's shape for a bad argument: the error, the usage line, and where to learn more. */
export function usageErrorText(message: string): string {
  return `error: ${message}\n\n${EXEC_USAGE_LINE}\n\nFor more information, try '--help'.\n`
}
