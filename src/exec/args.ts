// Command-line parsing for `exec`, mirroring `codex exec`'s flags.
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { SANDBOX_MODES } from '../sandbox/types.js'
import type { SandboxMode } from '../sandbox/types.js'

export interface ExecArgs {
  cd: string
  configFile: string | undefined
  overrides: string[]
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
  /** `--output-schema FILE`: the final message must be JSON matching this JSON Schema file. */
  outputSchema: string | undefined
  /** `-i/--image FILE` (repeatable): images attached to the prompt. */
  images: string[]
}

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
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const { values, positionals } = parsed
  if (values.help) return { kind: 'help' }
  if (values.version) return { kind: 'version' }
  return { kind: 'run', args: execArgs(values, positionals) }
}

const OPTIONS = {
  cd: { type: 'string', short: 'C' },
  config: { type: 'string' },
  'config-override': { type: 'string', short: 'c', multiple: true },
  profile: { type: 'string', short: 'p' },
  model: { type: 'string', short: 'm' },
  sandbox: { type: 'string', short: 's' },
  json: { type: 'boolean' },
  'output-last-message': { type: 'string', short: 'o' },
  'max-turns': { type: 'string' },
  'timeout-minutes': { type: 'string' },
  'max-cost-usd': { type: 'string' },
  'max-tokens': { type: 'string' },
  'skip-git-repo-check': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  // Structured output and images (the review feature): as `codex exec` spells them.
  'output-schema': { type: 'string' },
  image: { type: 'string', short: 'i', multiple: true },
} as const

type ParsedValues = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>['values']

function execArgs(values: ParsedValues, positionals: string[]): ExecArgs {
  if (positionals.length > 1) {
    throw new UsageError(`exec takes one PROMPT argument (got ${positionals.length}); quote the prompt`)
  }
  const sandbox = values.sandbox
  if (sandbox !== undefined && !SANDBOX_MODES.includes(sandbox as SandboxMode)) {
    throw new UsageError(`--sandbox must be one of ${SANDBOX_MODES.join(', ')} (got '${sandbox}')`)
  }
  const prompt = positionals[0]
  if (prompt !== undefined && prompt !== '-' && prompt.trim() === '')
    throw new UsageError('the PROMPT argument is empty; give the task, or `-` to read it from stdin')
  return {
    cd: existingFolder(values.cd ?? process.cwd()),
    configFile: values.config,
    overrides: values['config-override'] ?? [],
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
    outputSchema: values['output-schema'],
    images: values.image ?? [],
  }
}

function existingFolder(dir: string): string {
  const resolved = path.resolve(dir)
  if (!existsSync(resolved)) throw new UsageError(`--cd '${dir}': no such folder (${resolved})`)
  if (!statSync(resolved).isDirectory()) throw new UsageError(`--cd '${dir}' is a file, not a folder`)
  return resolved
}

function positiveNumber(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined
  const value = Number(text)
  if (!Number.isFinite(value) || value <= 0)
    throw new UsageError(`${flag} must be a positive number (got '${text}')`)
  return value
}
