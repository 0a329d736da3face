// The only reader of the action's inputs: one typed, validated Settings object. A bad value fails
// here, before anything is posted, with the input's name and what it accepts.
import * as core from '@actions/core'
import { readFile, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { SANDBOX_MODES } from './config/types.js'
import type { SandboxMode } from './config/types.js'
import type { RunnerEnv } from './github/types.js'
import { OutputSchemaError, readOutputSchema } from './config/output-schema.js'
import type { OutputSchema } from './config/output-schema.js'

export interface Settings {
  /** `prompt` or the contents of `prompt-file`. */
  prompt: string | undefined
  triggerPhrase: string
  labelTrigger: string
  apiKey: string | undefined
  model: string | undefined
  provider: string | undefined
  baseUrl: string | undefined
  wireApi: 'responses' | 'chat' | undefined
  configPath: string
  sandbox: SandboxMode
  networkAccess: boolean
  githubToken: string
  allowUsers: string[]
  allowBots: string[]
  /** A failed CI run on a fork's branch may start a fix (its commits then land in a branch here). */
  allowForkCiFix: boolean
  pullRequest: 'draft' | 'ready' | 'none'
  /** A run that stops before the task is done: push its work as a draft PR marked partial, or not. */
  partial: 'keep' | 'discard'
  branchPrefix: string
  baseBranch: string | undefined
  maxTurns: number
  timeoutMinutes: number
  maxCostUsd: number | undefined
  /** Total tokens (input + output) the run may use; stands in for max-cost-usd without a price. */
  maxTokens: number | undefined
  mode: 'run' | 'agent' | 'publish'
  bundlePath: string
  signCommits: boolean
  /** Absolute folder the agent works in. */
  workingDirectory: string
  /** `output-schema`: the final message must be JSON matching it (`structured-output`). */
  outputSchema?: OutputSchema | undefined
  /** `images` (default true): false never fetches an attachment; the model gets alt text and a note. */
  images?: boolean | undefined
}

/** One input with a bad value: its name and what is wrong, said so the workflow can be fixed. */
export interface InputProblem {
  input: string
  problem: string
}

/** Every bad input of the step at once, so one edit of the workflow fixes them all. */
export class InputError extends Error {
  readonly problems: InputProblem[]
  constructor(input: string | InputProblem[], problem?: string) {
    const problems = typeof input === 'string' ? [{ input, problem: problem ?? 'is invalid' }] : input
    super(problems.map((entry) => `input '${entry.input}' ${entry.problem}`).join('; '))
    this.name = 'InputError'
    this.problems = problems
  }
}

export async function readSettings(env: RunnerEnv): Promise<Settings> {
  const problems: InputProblem[] = []
  const collect = (error: unknown): undefined => {
    if (!(error instanceof InputError)) throw error
    problems.push(...error.problems)
    return undefined
  }
  const check = <T>(read: () => T, fallback: T): T => {
    try {
      return read()
    } catch (error) {
      collect(error)
      return fallback
    }
  }
  const apiKey = optional('api-key')
  if (apiKey) core.setSecret(apiKey)
  const githubToken = core.getInput('github-token')
  if (githubToken) core.setSecret(githubToken)
  const allowBots = list('allow-bots')
  if (allowBots.includes('*')) {
    problems.push({
      input: 'allow-bots',
      problem: "may not be '*': any bot could then run the agent. List the bots by login",
    })
  }
  const promptText = await prompt(env.workspace).catch(collect)
  const workingDirectory = await workingDirectoryIn(env.workspace).catch(collect)
  const outputSchema = await outputSchemaIn(env.workspace).catch(collect)
  const settings: Settings = {
    prompt: promptText,
    triggerPhrase: optional('trigger-phrase') ?? '/codex',
    labelTrigger: optional('label-trigger') ?? 'codex',
    apiKey,
    model: optional('model'),
    provider: optional('provider'),
    baseUrl: check(() => url('base-url'), undefined),
    wireApi: check(() => oneOf('wire-api', ['responses', 'chat'] as const, undefined), undefined),
    configPath: optional('config') ?? '.codex/config.toml',
    sandbox: check(() => oneOf('sandbox', SANDBOX_MODES, 'workspace-write'), 'read-only'),
    networkAccess: check(() => bool('network-access', false), false),
    githubToken,
    allowUsers: list('allow-users'),
    allowBots,
    allowForkCiFix: check(() => bool('allow-fork-ci-fix', false), false),
    pullRequest: check(() => oneOf('pull-request', ['draft', 'ready', 'none'] as const, 'draft'), 'draft'),
    partial: check(() => oneOf('partial', ['keep', 'discard'] as const, 'keep'), 'keep'),
    branchPrefix: optional('branch-prefix') ?? 'codex/',
    baseBranch: optional('base-branch'),
    maxTurns: check(() => number('max-turns', 80), 80),
    timeoutMinutes: check(() => number('timeout-minutes', 30), 30),
    maxCostUsd: check(
      () => (optional('max-cost-usd') === undefined ? undefined : number('max-cost-usd', 0)),
      undefined,
    ),
    maxTokens: check(
      () => (optional('max-tokens') === undefined ? undefined : number('max-tokens', 0)),
      undefined,
    ),
    mode: check(() => oneOf('mode', ['run', 'agent', 'publish'] as const, 'run'), 'run'),
    bundlePath: optional('bundle-path') ?? path.join(env.runnerTemp, 'codex-bundle'),
    signCommits: check(() => bool('sign-commits', false), false),
    workingDirectory: workingDirectory ?? env.workspace,
    outputSchema,
    images: check(() => bool('images', true), true),
  }
  if (problems.length > 0) throw new InputError(problems)
  return settings
}

/** The inputs needed to answer on the thread when the others are invalid (see misconfigured.ts). */
export function readReplySettings(): Pick<Settings, 'githubToken' | 'triggerPhrase' | 'labelTrigger'> {
  const githubToken = core.getInput('github-token')
  if (githubToken) core.setSecret(githubToken)
  return {
    githubToken,
    triggerPhrase: optional('trigger-phrase') ?? '/codex',
    labelTrigger: optional('label-trigger') ?? 'codex',
  }
}

/**
 * `output-schema`: inline JSON, or a JSON Schema file of the checkout (read as the workflow checked
 * it out, before the action moves to a PR's head). Compiled here, so a bad schema stops the run
 * before any model request.
 */
async function outputSchemaIn(workspace: string): Promise<OutputSchema | undefined> {
  const given = optional('output-schema')
  if (given === undefined) return undefined
  const fix = 'give inline JSON (starting with `{`) or the path of a JSON Schema file in the repository'
  if (!given.trim().startsWith('{')) {
    // After links: a checked-out PR could make the file a link to a host file, sent as the schema.
    const file = path.resolve(workspace, given.trim())
    const real = await realpath(file).catch(() => file)
    const inside = path.relative(await realpath(workspace).catch(() => workspace), real)
    if (inside.startsWith('..') || path.isAbsolute(inside))
      throw new InputError('output-schema', `'${given}' is outside the workspace ${workspace}: ${fix}`)
  }
  try {
    return await readOutputSchema(given, workspace)
  } catch (error) {
    if (!(error instanceof OutputSchemaError)) throw error
    throw new InputError('output-schema', `${error.message}: ${fix}`)
  }
}

/**
 * `working-directory`, absolute: it must exist, be a folder, and stay inside the workspace (after
 * symlinks), or the agent would spend model turns in a folder that is not there or not ours.
 */
async function workingDirectoryIn(workspace: string): Promise<string> {
  const given = optional('working-directory') ?? '.'
  const resolved = path.resolve(workspace, given)
  const fix = 'give a folder of the checked-out repository, relative to its root (e.g. packages/app)'
  let real: string
  try {
    real = await realpath(resolved)
  } catch {
    throw new InputError(
      'working-directory',
      `'${given}' does not exist in the checkout at ${workspace}: ${fix}`,
    )
  }
  if (!(await stat(real)).isDirectory())
    throw new InputError('working-directory', `'${given}' is a file, not a folder: ${fix}`)
  const inside = path.relative(await realpath(workspace), real)
  if (inside.startsWith('..') || path.isAbsolute(inside))
    throw new InputError('working-directory', `'${given}' is outside the workspace ${workspace}: ${fix}`)
  return resolved
}

/** A full http(s) URL: `localhost:8080/v1` would otherwise be read as a URL with scheme `localhost:`. */
function url(name: string): string | undefined {
  const text = optional(name)
  if (text === undefined) return undefined
  let protocol = ''
  try {
    protocol = new URL(text).protocol
  } catch {
    // reported below
  }
  if (protocol !== 'http:' && protocol !== 'https:')
    throw new InputError(name, `must be a full http(s) URL (got '${text}'), e.g. http://localhost:8080/v1`)
  return text
}

function optional(name: string): string | undefined {
  const value = core.getInput(name).trim()
  return value === '' ? undefined : value
}

function list(name: string): string[] {
  return (optional(name) ?? '')
    .split(/[\s,]+/)
    .map((entry) => entry.replace(/^@/, ''))
    .filter((entry) => entry !== '')
}

function bool(name: string, fallback: boolean): boolean {
  const value = optional(name)?.toLowerCase()
  if (value === undefined) return fallback
  if (value === 'true') return true
  if (value === 'false') return false
  throw new InputError(name, `must be true or false (got '${value}')`)
}

function number(name: string, fallback: number): number {
  const text = optional(name)
  if (text === undefined) return fallback
  const value = Number(text)
  if (!Number.isFinite(value) || value <= 0)
    throw new InputError(name, `must be a positive number (got '${text}')`)
  return value
}

function oneOf<const T extends string, F extends T | undefined>(
  name: string,
  allowed: readonly T[],
  fallback: F,
): T | F {
  const value = optional(name)
  if (value === undefined) return fallback
  if (!allowed.includes(value as T))
    throw new InputError(name, `must be one of ${allowed.join(', ')} (got '${value}')`)
  return value as T
}

async function prompt(workspace: string): Promise<string | undefined> {
  const inline = optional('prompt')
  const file = optional('prompt-file')
  if (inline !== undefined && file !== undefined) {
    throw new InputError('prompt-file', "cannot be used together with 'prompt'; choose one")
  }
  if (file === undefined) return inline
  const resolved = path.resolve(workspace, file)
  try {
    return await readFile(resolved, 'utf8')
  } catch (error) {
    throw new InputError('prompt-file', `could not be read at ${resolved}: ${(error as Error).message}`)
  }
}

/** The runner's GITHUB_* variables; a missing one means this is not running under Actions. */
export function readRunnerEnv(env: NodeJS.ProcessEnv = process.env): RunnerEnv {
  const need = (name: string): string => {
    const value = env[name]
    if (value === undefined || value === '') {
      throw new Error(
        `${name} is not set: codex-pr-action must run as a GitHub Actions step (for local use: node dist/cli.js exec)`,
      )
    }
    return value
  }
  const [owner, repo] = need('GITHUB_REPOSITORY').split('/')
  if (!owner || !repo)
    throw new Error(`GITHUB_REPOSITORY must be owner/repo (got '${env.GITHUB_REPOSITORY}')`)
  return {
    eventName: need('GITHUB_EVENT_NAME'),
    eventPath: need('GITHUB_EVENT_PATH'),
    repository: { owner, repo },
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    runId: env.GITHUB_RUN_ID ?? '0',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    actor: env.GITHUB_ACTOR ?? '',
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runnerTemp: env.RUNNER_TEMP ?? (env.TMPDIR || '/tmp'),
    workflow: env.GITHUB_WORKFLOW ?? '',
  }
}
