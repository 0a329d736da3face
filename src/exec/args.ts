// Command-line parsing for `exec`, mirroring `codex exec`'s flags.
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { SANDBOX_MODES } from '../config/types.js'
import type { SandboxMode } from '../config/types.js'
import { errorMessage } from '../common/errors.js'
import { LOCAL_PROVIDERS } from '../config/providers.js'

export interface ExecArgs {
  cd: string
  configFile: string | undefined
  overrides: string[]
  ignoreUserConfig: boolean
  strictConfig: boolean
  /** `--oss`: the local provider (`--local-provider`, else `oss_provider` from the config). */
  oss: { localProvider: string | undefined } | undefined
  profile: string | undefined
  model: string | undefined
  sandbox: SandboxMode | undefined
  json: boolean
  outputLastMessage: string | undefined
  maxTurns: number
  timeoutMinutes: number
  maxCostUsd: number | undefined
  maxTokens: number | undefined
  /** The prompt, or undefined to read it from stdin. */
  prompt: string | undefined
  // Codex's command-line flags (issue 15): see resumeTarget and the rows of the OPTIONS table below.
  skipGitRepoCheck: boolean
  /** `--dangerously-bypass-approvals-and-sandbox` / `--yolo`: danger-full-access, no approvals. */
  bypassSandbox: boolean
  color: ColorChoice
  /** `--ephemeral`: no rollout is written under $CODEX_HOME/sessions. */
  ephemeral: boolean
  /** `--add-dir`: extra writable folders (absolute), as Codex's workspace-write writable_roots. */
  addDirs: string[]
  /** `--enable`/`--disable FEATURE`, in command-line order. */
  features: FeatureToggle[]
  /** `exec resume`: which saved session to continue; undefined for a new session. */
  resume: ResumeTarget | undefined
  /** `--output-schema FILE`: the final message must be JSON matching this JSON Schema file. */
  outputSchema: string | undefined
  /** `-i/--image FILE[,FILE…]` (repeatable): images attached to the prompt. */
  images: string[]
}

export type ColorChoice = 'always' | 'never' | 'auto'
const COLOR_CHOICES: readonly ColorChoice[] = ['always', 'never', 'auto']

export interface FeatureToggle {
  name: string
  enabled: boolean
}

/** `exec resume [ID|--last] [PROMPT]`: a session id, or the newest session (of this folder unless `all`). */
export type ResumeTarget = { kind: 'id'; id: string; all: boolean } | { kind: 'last'; all: boolean }

/** A bad command line: exit 2 with the usage, as clap does. */
export class UsageError extends Error {}

/** `--help` or `--version`: print it and exit 0, whatever else is on the line. */
export type ExecRequest = { kind: 'run'; args: ExecArgs } | { kind: 'help' } | { kind: 'version' }

export function parseExecArgs(argv: string[]): ExecRequest {
  let parsed
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS })
  } catch (error) {
    // node's parser says e.g. "Unknown option '--foo'"; keep its words, exit 2 with the usage.
    throw new UsageError(errorMessage(error))
  }
  const { values, positionals } = parsed
  if (values.help) return { kind: 'help' }
  if (values.version) return { kind: 'version' }
  return { kind: 'run', args: execArgs(values, positionals, argv) }
}

const OPTIONS = {
  cd: { type: 'string', short: 'C' },
  // exec-config: Codex's config flags (`--config` is the long form of `-c`, as in Codex).
  config: { type: 'string', short: 'c', multiple: true },
  'config-override': { type: 'string', multiple: true },
  'config-file': { type: 'string' },
  'ignore-user-config': { type: 'boolean' },
  'strict-config': { type: 'boolean' },
  oss: { type: 'boolean' },
  'local-provider': { type: 'string' },
  profile: { type: 'string', short: 'p' },
  model: { type: 'string', short: 'm' },
  sandbox: { type: 'string', short: 's' },
  json: { type: 'boolean' },
  'output-last-message': { type: 'string', short: 'o' },
  'max-turns': { type: 'string' },
  'timeout-minutes': { type: 'string' },
  'max-cost-usd': { type: 'string' },
  'max-tokens': { type: 'string' },
  // Codex's command-line flags (issue 15, "Command line").
  'skip-git-repo-check': { type: 'boolean' },
  'dangerously-bypass-approvals-and-sandbox': { type: 'boolean' },
  yolo: { type: 'boolean' },
  color: { type: 'string' },
  ephemeral: { type: 'boolean' },
  'add-dir': { type: 'string', multiple: true },
  enable: { type: 'string', multiple: true },
  disable: { type: 'string', multiple: true },
  // `exec resume` (issue 16, item 4).
  last: { type: 'boolean' },
  all: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  // Structured output and images (the review feature): as `codex exec` spells them.
  'output-schema': { type: 'string' },
  image: { type: 'string', short: 'i', multiple: true },
} as const

type ParsedValues = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>['values']

function execArgs(values: ParsedValues, positionals: string[], argv: string[]): ExecArgs {
  const { resume, rest } = resumeTarget(values, positionals)
  if (rest.length > 1) {
    throw new UsageError(`exec takes one PROMPT argument (got ${rest.length}); quote the prompt`)
  }
  const sandbox = values.sandbox
  if (sandbox !== undefined && !SANDBOX_MODES.includes(sandbox as SandboxMode)) {
    throw new UsageError(`--sandbox must be one of ${SANDBOX_MODES.join(', ')} (got '${sandbox}')`)
  }
  const prompt = rest[0]
  if (prompt !== undefined && prompt !== '-' && prompt.trim() === '')
    throw new UsageError('the PROMPT argument is empty; give the task, or `-` to read it from stdin')
  return {
    cd: existingFolder(values.cd ?? process.cwd(), '--cd'),
    ...configArgs(values),
    profile: values.profile,
    model: values.model,
    sandbox: sandbox as SandboxMode | undefined,
    json: values.json ?? false,
    outputLastMessage: values['output-last-message'],
    maxTurns: positiveNumber(values['max-turns'], '--max-turns') ?? 80,
    timeoutMinutes: positiveNumber(values['timeout-minutes'], '--timeout-minutes') ?? 30,
    maxCostUsd: positiveNumber(values['max-cost-usd'], '--max-cost-usd'),
    maxTokens: positiveNumber(values['max-tokens'], '--max-tokens'),
    prompt: prompt === '-' ? undefined : prompt,
    skipGitRepoCheck: values['skip-git-repo-check'] ?? false,
    bypassSandbox: (values['dangerously-bypass-approvals-and-sandbox'] ?? false) || (values.yolo ?? false),
    color: colorChoice(values.color),
    ephemeral: values.ephemeral ?? false,
    addDirs: (values['add-dir'] ?? []).map((dir) => existingFolder(dir, '--add-dir')),
    features: featureToggles(argv),
    resume,
    outputSchema: values['output-schema'],
    // Codex splits each value on commas: `-i a.png,b.png` attaches both.
    images: (values.image ?? []).flatMap((value) => value.split(',')).filter((file) => file !== ''),
  }
}

const LOCAL_PROVIDER_IDS = Object.keys(LOCAL_PROVIDERS)

function configArgs(
  values: ParsedValues,
): Pick<ExecArgs, 'configFile' | 'overrides' | 'ignoreUserConfig' | 'strictConfig' | 'oss'> {
  // `--config-override` is this tool's older spelling of `-c`; both are kept, in that order.
  const overrides = [...(values['config-override'] ?? []), ...(values.config ?? [])]
  for (const override of overrides) {
    if (!override.includes('='))
      throw new UsageError(
        `-c/--config takes key=value, as in codex (got '${override}'); to read a config file, use --config-file FILE`,
      )
  }
  const localProvider = values['local-provider']
  if (localProvider !== undefined && !LOCAL_PROVIDER_IDS.includes(localProvider))
    throw new UsageError(
      `--local-provider must be one of ${LOCAL_PROVIDER_IDS.join(', ')} (got '${localProvider}')`,
    )
  if (localProvider !== undefined && !values.oss)
    throw new UsageError('--local-provider chooses the provider of --oss; add --oss')
  return {
    configFile: values['config-file'],
    overrides,
    ignoreUserConfig: values['ignore-user-config'] ?? false,
    strictConfig: values['strict-config'] ?? false,
    oss: values.oss ? { localProvider } : undefined,
  }
}

/**
 * `resume [SESSION_ID] [PROMPT]`, read as Codex reads it: with `--last` and one positional, that
 * positional is the prompt, not an id. Outside `resume`, `--last` and `--all` are mistakes.
 */
function resumeTarget(
  values: ParsedValues,
  positionals: string[],
): { resume: ResumeTarget | undefined; rest: string[] } {
  const all = values.all ?? false
  if (positionals[0] !== 'resume') {
    if (values.last || all) throw new UsageError('--last and --all go with `exec resume`')
    return { resume: undefined, rest: positionals }
  }
  const [, first, ...more] = positionals
  if (values.last)
    return { resume: { kind: 'last', all }, rest: first === undefined ? more : [first, ...more] }
  if (first === undefined)
    throw new UsageError('exec resume needs a SESSION_ID or --last (the newest session for this folder)')
  return { resume: { kind: 'id', id: first, all }, rest: more }
}

function colorChoice(text: string | undefined): ColorChoice {
  if (text === undefined) return 'auto'
  if (!COLOR_CHOICES.includes(text as ColorChoice))
    throw new UsageError(`--color must be one of ${COLOR_CHOICES.join(', ')} (got '${text}')`)
  return text as ColorChoice
}

/** `--enable`/`--disable` in the order given, so the last word on a feature wins (as `-c` does). */
function featureToggles(argv: string[]): FeatureToggle[] {
  const toggles: FeatureToggle[] = []
  argv.forEach((arg, index) => {
    const match = /^--(enable|disable)(?:=(.*))?$/.exec(arg)
    if (!match) return
    const name = match[2] ?? argv[index + 1] ?? ''
    if (!/^[a-z0-9_.]+$/.test(name))
      throw new UsageError(`--${match[1]} needs a feature name such as unified_exec (got '${name}')`)
    toggles.push({ name, enabled: match[1] === 'enable' })
  })
  return toggles
}

function existingFolder(dir: string, flag: string): string {
  const resolved = path.resolve(dir)
  if (!existsSync(resolved)) throw new UsageError(`${flag} '${dir}': no such folder (${resolved})`)
  if (!statSync(resolved).isDirectory()) throw new UsageError(`${flag} '${dir}' is a file, not a folder`)
  return resolved
}

function positiveNumber(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined
  const value = Number(text)
  if (!Number.isFinite(value) || value <= 0)
    throw new UsageError(`${flag} must be a positive number (got '${text}')`)
  return value
}
