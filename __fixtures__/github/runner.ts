// A GitHub-hosted runner, simulated: its directory layout, the environment it gives a JavaScript
// action (GITHUB_*, RUNNER_*, INPUT_<NAME> with hyphens kept and action.yml defaults applied), the
// event payload file, and a checkout made the way actions/checkout v4 makes it (shallow fetch
// authenticated by a persisted `http.<server>/.extraheader`). Git runs asynchronously: the fake
// GitHub serves it from this same process.
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type { FakeGitHub } from './server.js'
import { renderRepo } from './render.js'

export { runAction, type ActionRun } from './run-action.js'

const execFileAsync = promisify(execFile)

/** The project checkout holding action.yml and dist/. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface PrepareRunnerOptions {
  github: FakeGitHub
  /** `owner/name` of a repository seeded in the fake. */
  repo: string
  eventName: string
  payload: object
  /** Inputs as a workflow's `with:` gives them; action.yml defaults fill the rest. */
  inputs: Record<string, string>
  /** Extra environment for the step (a workflow's `env:`), applied last. */
  env?: Record<string, string>
  /** Ref to check out; by default the event's: `refs/pull/N/merge` for PR events, else the default branch. */
  checkoutRef?: string
  /** GITHUB_ACTOR; by default the payload's sender. */
  actor?: string
  /** actions/checkout's fetch-depth (1 by default; 0 fetches all history). */
  fetchDepth?: number
  /** Where action.yml and dist/ are (this project by default). */
  actionRoot?: string
}

export interface RunnerSandbox {
  github: FakeGitHub
  actionRoot: string
  root: string
  /** GITHUB_WORKSPACE, with the repository checked out. */
  workspace: string
  /** RUNNER_TEMP */
  temp: string
  home: string
  eventPath: string
  /** The step's environment; GITHUB_ENV lines a step writes are added for later steps. */
  env: Record<string, string>
  /** `core.saveState` values from the main step, handed to post as STATE_<name>, as the runner does. */
  savedState: Record<string, string>
  cleanup(): Promise<void>
}

export async function prepareRunner(options: PrepareRunnerOptions): Promise<RunnerSandbox> {
  const { github } = options
  const repo = github.state.repo(options.repo)
  const root = await mkdtemp(join(tmpdir(), 'fake-runner-'))
  const workspace = join(root, 'work', repo.name, repo.name)
  const temp = join(root, 'work', '_temp')
  const home = join(root, 'home')
  const eventPath = join(temp, '_github_workflow', 'event.json')
  for (const dir of [workspace, home, join(temp, '_github_workflow'), join(temp, '_runner_file_commands')]) {
    mkdirSync(dir, { recursive: true })
  }
  const payload = { ...(options.payload as Record<string, unknown>) }
  // The delivery must name the repository the workflow runs in: the fake's, not the example's.
  if ('repository' in payload) payload.repository = renderRepo(github.state, repo)
  writeFileSync(eventPath, JSON.stringify(payload, null, 2))

  const ref = options.checkoutRef ?? defaultRef(options.eventName, payload, repo.defaultBranch)
  const sha = repo.git.resolveRef(ref)
  if (!sha) throw new Error(`fake runner: ${options.repo} has no ${ref}`)
  const actionRoot = options.actionRoot ?? PROJECT_ROOT
  const env: Record<string, string> = {
    ...baseEnvironment(),
    HOME: home,
    ...runnerVariables({ options, payload, workspace, temp, eventPath, ref, sha, root }),
    ...inputVariables(actionRoot, options.inputs, github.token, temp),
    ...options.env,
  }
  try {
    await checkout(github, options.repo, workspace, ref, sha, env, options.fetchDepth ?? 1)
  } catch (error) {
    rmSync(root, { recursive: true, force: true })
    throw error
  }
  return {
    github,
    actionRoot,
    root,
    workspace,
    temp,
    home,
    eventPath,
    env,
    savedState: {},
    cleanup: async () => rmSync(root, { recursive: true, force: true }),
  }
}

// Only what a hosted runner's machine provides; the test process's own GITHUB_* must not leak in.
function baseEnvironment(): Record<string, string> {
  const kept = ['PATH', 'LANG', 'LC_ALL', 'TZ', 'SYSTEMROOT']
  return Object.fromEntries(kept.flatMap((name) => (process.env[name] ? [[name, process.env[name]]] : [])))
}

function defaultRef(eventName: string, payload: Record<string, unknown>, defaultBranch: string): string {
  if (eventName.startsWith('pull_request')) {
    const pull = payload.pull_request as { number?: unknown } | undefined
    const number = pull?.number ?? payload.number
    if (typeof number === 'number') return `refs/pull/${number}/merge`
  }
  return `refs/heads/${defaultBranch}`
}

interface RunnerContext {
  options: PrepareRunnerOptions
  payload: Record<string, unknown>
  workspace: string
  temp: string
  eventPath: string
  ref: string
  sha: string
  root: string
}

function runnerVariables({ options, payload, workspace, temp, eventPath, ref, sha, root }: RunnerContext) {
  const { github } = options
  const repo = github.state.repo(options.repo)
  const sender = payload.sender as { login?: unknown } | undefined
  const actor = options.actor ?? (typeof sender?.login === 'string' ? sender.login : repo.owner.login)
  const actorId = github.state.user(actor)?.id ?? 1
  const pull = payload.pull_request as { head?: { ref?: string }; base?: { ref?: string } } | undefined
  const isPullEvent = options.eventName.startsWith('pull_request')
  const workflowPath = '.github/workflows/codex.yml'
  const fullName = `${repo.owner.login}/${repo.name}`
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: '__codex-pr-action',
    GITHUB_ACTION_REPOSITORY: 'codex-pr-action/codex-pr-action',
    GITHUB_ACTION_REF: 'v1',
    GITHUB_ACTOR: actor,
    GITHUB_ACTOR_ID: String(actorId),
    GITHUB_TRIGGERING_ACTOR: actor,
    GITHUB_API_URL: github.apiUrl,
    GITHUB_SERVER_URL: github.serverUrl,
    GITHUB_GRAPHQL_URL: github.graphqlUrl,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: fullName,
    GITHUB_REPOSITORY_ID: String(repo.id),
    GITHUB_REPOSITORY_OWNER: repo.owner.login,
    GITHUB_REPOSITORY_OWNER_ID: String(repo.owner.id),
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags|pull)\//, ''),
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_REF_PROTECTED: String(repo.protectedBranches.has(ref.replace(/^refs\/heads\//, ''))),
    GITHUB_HEAD_REF: isPullEvent ? (pull?.head?.ref ?? '') : '',
    GITHUB_BASE_REF: isPullEvent ? (pull?.base?.ref ?? '') : '',
    GITHUB_RUN_ID: '4242424242',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_WORKFLOW: 'Codex',
    GITHUB_WORKFLOW_REF: `${fullName}/${workflowPath}@${ref}`,
    GITHUB_WORKFLOW_SHA: sha,
    GITHUB_JOB: 'codex',
    GITHUB_WORKSPACE: workspace,
    RUNNER_NAME: 'GitHub Actions 1000000001',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: join(root, 'hostedtoolcache'),
    RUNNER_WORKSPACE: join(root, 'work', repo.name),
  }
}

/** INPUT_<NAME> as the runner names them: upper case, spaces → `_`, hyphens kept. */
export function inputVariableName(input: string): string {
  return `INPUT_${input.replace(/ /g, '_').toUpperCase()}`
}

function inputVariables(actionRoot: string, inputs: Record<string, string>, token: string, temp: string) {
  const values: Record<string, string> = {}
  for (const [name, fallback] of Object.entries(actionDefaults(join(actionRoot, 'action.yml')))) {
    values[inputVariableName(name)] = fallback
      .replace(/\$\{\{\s*github\.token\s*\}\}/g, token)
      .replace(/\$\{\{\s*runner\.temp\s*\}\}/g, temp)
  }
  for (const [name, value] of Object.entries(inputs)) values[inputVariableName(name)] = value
  return values
}

/**
 * The `default:` of each input in action.yml. A deliberately small reader for the file's plain
 * shape (two-space indentation, scalar defaults), which keeps YAML libraries out of the project.
 */
export function actionDefaults(file: string): Record<string, string> {
  if (!existsSync(file)) return {}
  const defaults: Record<string, string> = {}
  let inInputs = false
  let current: string | undefined
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^\S/.test(line)) inInputs = line.startsWith('inputs:')
    if (!inInputs) continue
    const inputName = /^ {2}([A-Za-z0-9_-]+):\s*$/.exec(line)
    if (inputName) current = inputName[1]
    const fallback = /^ {4}default:\s*(.*)$/.exec(line)
    if (current && fallback) defaults[current] = unquote((fallback[1] ?? '').trim())
  }
  return defaults
}

function unquote(value: string): string {
  if (value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replace(/''/g, "'")
  if (value.startsWith('"') && value.endsWith('"')) return JSON.parse(value) as string
  return value
}

async function checkout(
  github: FakeGitHub,
  fullName: string,
  workspace: string,
  ref: string,
  sha: string,
  env: Record<string, string>,
  fetchDepth: number,
): Promise<void> {
  const git = (args: string[]) =>
    execFileAsync('git', args, { cwd: workspace, env: { ...env, GIT_TERMINAL_PROMPT: '0' } })
  const basic = Buffer.from(`x-access-token:${github.token}`).toString('base64')
  const localRef = ref.startsWith('refs/heads/')
    ? ref.replace(/^refs\/heads\//, 'refs/remotes/origin/')
    : ref.replace(/^refs\//, 'refs/remotes/')
  await git(['init', '--quiet', workspace])
  await git(['remote', 'add', 'origin', `${github.serverUrl}/${fullName}.git`])
  await git(['config', '--local', 'gc.auto', '0'])
  await git(['config', '--local', `http.${github.serverUrl}/.extraheader`, `AUTHORIZATION: basic ${basic}`])
  const depth = fetchDepth > 0 ? [`--depth=${fetchDepth}`] : []
  await git([
    '-c',
    'protocol.version=2',
    'fetch',
    '--no-tags',
    '--prune',
    '--quiet',
    ...depth,
    'origin',
    `+${sha}:${localRef}`,
  ])
  if (ref.startsWith('refs/heads/')) {
    const branch = ref.replace(/^refs\/heads\//, '')
    await git(['checkout', '--quiet', '--force', '-B', branch, localRef])
  } else {
    await git(['checkout', '--quiet', '--force', localRef])
  }
}
