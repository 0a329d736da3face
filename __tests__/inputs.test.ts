// src/inputs.ts as a whole: every input's default, parsing and the error that names a bad value.
// Inputs arrive as the runner passes them, INPUT_<NAME> variables read by @actions/core.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RunnerEnv } from '../src/github/types.js'
import { InputError, readRunnerEnv, readSettings } from '../src/inputs.js'

let workspace: string
let written: string[]

function runner(): RunnerEnv {
  return readRunnerEnv({
    GITHUB_EVENT_NAME: 'issue_comment',
    GITHUB_EVENT_PATH: '/tmp/event.json',
    GITHUB_REPOSITORY: 'acme/widget',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: '/runner/_temp',
  })
}

function withInputs(inputs: Record<string, string>): Promise<Awaited<ReturnType<typeof readSettings>>> {
  for (const [name, value] of Object.entries(inputs)) vi.stubEnv(`INPUT_${name.toUpperCase()}`, value)
  return readSettings(runner())
}

async function failure(inputs: Record<string, string>): Promise<string> {
  const error = await withInputs(inputs).then(
    () => undefined,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(InputError)
  return (error as Error).message
}

beforeEach(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'codex-inputs-'))
  written = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk))
    return true
  })
  for (const name of Object.keys(process.env)) if (name.startsWith('INPUT_')) vi.stubEnv(name, '')
})

afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
  rmSync(workspace, { recursive: true, force: true })
})

describe('readSettings', () => {
  it('gives every input its documented default when none is set', async () => {
    expect(await withInputs({})).toEqual({
      prompt: undefined,
      triggerPhrase: '/codex',
      labelTrigger: 'codex',
      apiKey: undefined,
      model: undefined,
      provider: undefined,
      baseUrl: undefined,
      wireApi: undefined,
      configPath: '.codex/config.toml',
      sandbox: 'workspace-write',
      networkAccess: false,
      githubToken: '',
      allowUsers: [],
      allowBots: [],
      allowForkCiFix: false,
      pullRequest: 'draft',
      partial: 'keep',
      branchPrefix: 'codex/',
      baseBranch: undefined,
      maxTurns: 80,
      timeoutMinutes: 30,
      maxCostUsd: undefined,
      mode: 'run',
      bundlePath: path.join('/runner/_temp', 'codex-bundle'),
      signCommits: false,
      workingDirectory: workspace,
      images: true,
    })
  })

  it('reads every input, trimming values, splitting lists and dropping leading @', async () => {
    mkdirSync(path.join(workspace, 'packages/app'), { recursive: true })
    const settings = await withInputs({
      prompt: '  Fix the build  ',
      'trigger-phrase': '@bot',
      'label-trigger': 'ai',
      'api-key': 'sk-test-123',
      model: 'glm-4.6',
      provider: 'zhipu',
      'base-url': 'https://open.bigmodel.cn/api/paas/v4',
      'wire-api': 'chat',
      config: 'ci/codex.toml',
      sandbox: 'read-only',
      'network-access': 'TRUE',
      'github-token': 'ghs_token',
      'allow-users': '@ana, bo\n carl',
      'allow-bots': 'renovate[bot],dependabot',
      'allow-fork-ci-fix': 'true',
      'pull-request': 'none',
      partial: 'discard',
      'branch-prefix': 'ai/',
      'base-branch': 'develop',
      'max-turns': '12',
      'timeout-minutes': '2.5',
      'max-cost-usd': '0.75',
      mode: 'agent',
      'bundle-path': '/tmp/bundle',
      'sign-commits': 'false',
      'working-directory': 'packages/app',
      images: 'false',
    })
    expect(settings).toEqual({
      prompt: 'Fix the build',
      triggerPhrase: '@bot',
      labelTrigger: 'ai',
      apiKey: 'sk-test-123',
      model: 'glm-4.6',
      provider: 'zhipu',
      baseUrl: 'https://open.bigmodel.cn/api/paas/v4',
      wireApi: 'chat',
      configPath: 'ci/codex.toml',
      sandbox: 'read-only',
      networkAccess: true,
      githubToken: 'ghs_token',
      allowUsers: ['ana', 'bo', 'carl'],
      allowBots: ['renovate[bot]', 'dependabot'],
      allowForkCiFix: true,
      pullRequest: 'none',
      partial: 'discard',
      branchPrefix: 'ai/',
      baseBranch: 'develop',
      maxTurns: 12,
      timeoutMinutes: 2.5,
      maxCostUsd: 0.75,
      mode: 'agent',
      bundlePath: '/tmp/bundle',
      signCommits: false,
      workingDirectory: path.join(workspace, 'packages/app'),
      images: false,
    })
    // Both secrets are masked in the log before anything else is printed.
    expect(written.join('')).toContain('::add-mask::sk-test-123')
    expect(written.join('')).toContain('::add-mask::ghs_token')
  })

  it('reads prompt-file relative to the workspace', async () => {
    writeFileSync(path.join(workspace, 'task.md'), 'Update the changelog.\n')
    expect((await withInputs({ 'prompt-file': 'task.md' })).prompt).toBe('Update the changelog.\n')
  })

  it('reads an output-schema file of the repository, and refuses one that is a link out of it', async () => {
    mkdirSync(path.join(workspace, '.github'))
    writeFileSync(path.join(workspace, '.github/answer.json'), '{"type": "object"}')
    const settings = await withInputs({ 'output-schema': '.github/answer.json' })
    expect(settings.outputSchema?.schema).toEqual({ type: 'object' })
    // A checked-out pull request could replace the file with a link to a host file (a JSON
    // credential store), which would then be sent to the model as the schema.
    const host = mkdtempSync(path.join(tmpdir(), 'codex-host-'))
    try {
      writeFileSync(path.join(host, 'config.json'), '{"auths": {"registry": {"auth": "c2VjcmV0"}}}')
      symlinkSync(path.join(host, 'config.json'), path.join(workspace, '.github/linked.json'))
      expect(await failure({ 'output-schema': '.github/linked.json' })).toMatch(
        /^input 'output-schema' '\.github\/linked\.json' is outside the workspace .*: give inline JSON/,
      )
    } finally {
      rmSync(host, { recursive: true, force: true })
    }
  })

  it("refuses allow-bots: '*', naming the input and what to do", async () => {
    expect(await failure({ 'allow-bots': 'renovate, *' })).toBe(
      "input 'allow-bots' may not be '*': any bot could then run the agent. List the bots by login",
    )
  })

  it.each([
    ['network-access', 'yes'],
    ['sign-commits', '1'],
    ['allow-fork-ci-fix', 'maybe'],
    ['images', 'no'],
  ])('refuses %s: %s, which is not true or false', async (name, value) => {
    expect(await failure({ [name]: value })).toBe(`input '${name}' must be true or false (got '${value}')`)
  })

  it.each([
    ['max-turns', '0'],
    ['max-turns', 'many'],
    ['timeout-minutes', '-5'],
    ['max-cost-usd', '0'],
    ['max-cost-usd', 'Infinity'],
  ])('refuses %s: %s, which is not a positive number', async (name, value) => {
    expect(await failure({ [name]: value })).toBe(
      `input '${name}' must be a positive number (got '${value}')`,
    )
  })

  it.each([
    ['sandbox', 'full', 'read-only, workspace-write, danger-full-access'],
    ['wire-api', 'completions', 'responses, chat'],
    ['pull-request', 'open', 'draft, ready, none'],
    ['partial', 'drop', 'keep, discard'],
    ['mode', 'both', 'run, agent, publish'],
  ])('refuses %s: %s, listing what it accepts', async (name, value, accepted) => {
    expect(await failure({ [name]: value })).toBe(
      `input '${name}' must be one of ${accepted} (got '${value}')`,
    )
  })

  it('refuses prompt and prompt-file together, and a prompt-file that cannot be read', async () => {
    expect(await failure({ prompt: 'a', 'prompt-file': 'b.md' })).toBe(
      "input 'prompt-file' cannot be used together with 'prompt'; choose one",
    )
    expect(await failure({ prompt: '', 'prompt-file': 'missing.md' })).toContain(
      `input 'prompt-file' could not be read at ${path.join(workspace, 'missing.md')}: ENOENT`,
    )
  })
})

describe('readRunnerEnv', () => {
  it('says the action must run as a step when a runner variable is missing', () => {
    expect(() => readRunnerEnv({ GITHUB_EVENT_PATH: '/e.json', GITHUB_REPOSITORY: 'a/b' })).toThrow(
      'GITHUB_EVENT_NAME is not set: codex-pr-action must run as a GitHub Actions step (for local use: node dist/cli.js exec)',
    )
  })

  it('refuses a GITHUB_REPOSITORY that is not owner/repo', () => {
    expect(() =>
      readRunnerEnv({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/e.json', GITHUB_REPOSITORY: 'nope' }),
    ).toThrow("GITHUB_REPOSITORY must be owner/repo (got 'nope')")
  })

  it('fills what a runner may leave out and drops trailing slashes from URLs', () => {
    const env = readRunnerEnv({
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: '/e.json',
      GITHUB_REPOSITORY: 'acme/widget',
      GITHUB_SERVER_URL: 'https://ghe.example.com/',
      GITHUB_API_URL: 'https://ghe.example.com/api/v3//',
      TMPDIR: '/scratch',
    })
    expect(env).toMatchObject({
      repository: { owner: 'acme', repo: 'widget' },
      serverUrl: 'https://ghe.example.com',
      apiUrl: 'https://ghe.example.com/api/v3',
      runId: '0',
      runAttempt: '1',
      runnerTemp: '/scratch',
    })
  })
})
