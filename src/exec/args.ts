// Command-line parsing for `exec`, mirroring `codex exec`'s flags.
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
}

export class UsageError extends Error {}

export function parseExecArgs(argv: string[]): ExecArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
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
    },
  })
  if (positionals.length > 1) {
    throw new UsageError(`exec takes one PROMPT argument (got ${positionals.length}); quote the prompt`)
  }
  const sandbox = values.sandbox
  if (sandbox !== undefined && !SANDBOX_MODES.includes(sandbox as SandboxMode)) {
    throw new UsageError(`--sandbox must be one of ${SANDBOX_MODES.join(', ')} (got '${sandbox}')`)
  }
  const prompt = positionals[0]
  return {
    cd: values.cd ?? process.cwd(),
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
  }
}

function positiveNumber(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined
  const value = Number(text)
  if (!Number.isFinite(value) || value <= 0)
    throw new UsageError(`${flag} must be a positive number (got '${text}')`)
  return value
}
