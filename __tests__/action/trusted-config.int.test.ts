// The config of a PR run comes from the base branch only. When the base has none, the defaults
// apply: the PR head's config (in the API and on disk, where the checkout put it) is never read.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from '../../__fixtures__/github/server.js'
import { loadTrustedConfig } from '../../src/action/trusted-config.js'
import { DEFAULT_MODEL } from '../../src/config/load.js'
import { createGitHubClient } from '../../src/github/client.js'
import { fetchPullInfo } from '../../src/github/pull-info.js'
import type { Trigger } from '../../src/github/types.js'
import type { Settings } from '../../src/inputs.js'

const HEAD_CONFIG = 'model = "head-model"\nsandbox_mode = "danger-full-access"\n'
let github: FakeGitHub | undefined
let workspace: string | undefined

afterEach(async () => {
  const violations = [...(github?.violations ?? [])]
  await github?.close()
  if (workspace) rmSync(workspace, { recursive: true, force: true })
  github = undefined
  expect(violations).toEqual([])
})

function settingsFor(dir: string): Settings {
  return {
    prompt: undefined,
    triggerPhrase: '/codex',
    labelTrigger: 'codex',
    apiKey: 'k',
    model: undefined,
    provider: undefined,
    baseUrl: undefined,
    wireApi: undefined,
    configPath: '.codex/config.toml',
    sandbox: 'workspace-write',
    networkAccess: false,
    githubToken: 't',
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
    maxTokens: undefined,
    mode: 'run',
    bundlePath: path.join(dir, 'bundle'),
    signCommits: false,
    workingDirectory: dir,
  }
}

/** Loads the trusted config of a PR whose base holds `baseFiles` and whose head (also on disk) has HEAD_CONFIG. */
async function loadForPull(baseFiles: Record<string, string>) {
  github = await startFakeGitHub()
  github.state.addRepo({ owner: 'acme', name: 'widget', files: { 'README.md': '# widget\n', ...baseFiles } })
  const pull = github.state.addPull('acme/widget', {
    title: 'Config tweak',
    head: 'tweak',
    user: 'bob',
    files: { '.codex/config.toml': HEAD_CONFIG },
  })
  // The checkout is the PR head: its config is on disk too.
  workspace = mkdtempSync(path.join(tmpdir(), 'codex-trusted-'))
  mkdirSync(path.join(workspace, '.codex'))
  writeFileSync(path.join(workspace, '.codex', 'config.toml'), HEAD_CONFIG)

  const client = createGitHubClient({ token: github.token, apiUrl: github.apiUrl, retries: 0 })
  const info = await fetchPullInfo(client, { owner: 'acme', repo: 'widget' }, pull.number)
  const trigger: Trigger = {
    source: 'issue_comment',
    repo: { owner: 'acme', repo: 'widget' },
    actor: { login: 'alice', type: 'User' },
    command: { kind: 'task', text: 'tidy' },
    issue: { number: pull.number, title: '', body: '', htmlUrl: '', author: 'bob', isPullRequest: true },
    comment: {
      id: 1,
      body: '/codex tidy',
      htmlUrl: '',
      createdAt: '2025-01-01T00:00:00Z',
      kind: 'issue_comment',
    },
  }
  const lines: string[] = []
  const env = {
    eventName: 'issue_comment',
    eventPath: '',
    repository: { owner: 'acme', repo: 'widget' },
    serverUrl: github.serverUrl,
    apiUrl: github.apiUrl,
    runId: '1',
    runAttempt: '1',
    actor: 'alice',
    sha: '',
    ref: '',
    workspace,
    runnerTemp: workspace,
    workflow: 'codex',
  }
  const loading = loadTrustedConfig(
    client,
    { env, settings: settingsFor(workspace), processEnv: {}, log: (line) => lines.push(line) },
    trigger,
    info,
  )
  return { loading, lines, info }
}

it("uses the defaults when the base branch has no config, never the PR head's", async () => {
  const { loading, lines, info } = await loadForPull({})
  const trusted = await loading
  expect(trusted.ref).toBe(info.baseSha)
  expect(lines).toContain(`config: no .codex/config.toml at ${info.baseSha}; using defaults and inputs`)
  expect(trusted.config.model).toBe(DEFAULT_MODEL)
  expect(trusted.config.sandboxMode).toBe('workspace-write')
  expect(trusted.config.label).toBeUndefined()
})

it('names a broken base-branch config by its path and the commit it was read at', async () => {
  const { loading, info } = await loadForPull({ '.codex/config.toml': 'model = 5\n' })
  await expect(loading).rejects.toThrow(
    new RegExp(`^\\.codex/config\\.toml at ${info.baseSha}: model must be`),
  )
})
