// Shared set-up for the publish tests: the fake GitHub with one repository, checkouts of it, the
// runner's environment, triggers and a PublishRequest with sensible defaults.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startFakeGitHub, type FakeGitHub } from '../../__fixtures__/github/server.js'
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js'
import type { PullInfo, RunnerEnv, Trigger } from '../../src/github/types.js'
import type { PublishRequest } from '../../src/publish/index.js'
import { checkoutRepo, type Checkout, type CheckoutOptions } from '../git/checkout.js'

export const OWNER = 'octo'
export const REPO = 'demo'
export const FULL_NAME = `${OWNER}/${REPO}`

export const INITIAL_FILES: Record<string, string> = {
  'README.md': '# demo\n',
  'src/date.js': 'export const today = () => new Date()\n',
  '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
}

export interface Harness {
  fake: FakeGitHub
  client: GitHubClient
  runnerTemp: string
  checkout: (options?: Partial<CheckoutOptions>) => Promise<Checkout>
  env: (workspace: string) => RunnerEnv
  request: (checkout: Checkout, trigger: Trigger, overrides?: Partial<PublishRequest>) => PublishRequest
  /** Text of every commit, diff and message reachable in the bare repository. */
  pushedText: () => string
  close: () => Promise<void>
}

export async function startHarness(): Promise<Harness> {
  const fake = await startFakeGitHub()
  fake.state.addRepo({ owner: OWNER, name: REPO, files: INITIAL_FILES })
  fake.state.setPermission(FULL_NAME, 'alice', 'write')
  const client = createGitHubClient({ token: fake.token, apiUrl: fake.apiUrl, retries: 0 })
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'codex-runner-temp-'))
  const checkouts: Checkout[] = []
  const env = (workspace: string): RunnerEnv => ({
    eventName: 'issue_comment',
    eventPath: path.join(runnerTemp, 'event.json'),
    repository: { owner: OWNER, repo: REPO },
    serverUrl: fake.serverUrl,
    apiUrl: fake.apiUrl,
    runId: '4242',
    runAttempt: '1',
    actor: 'alice',
    sha: '',
    ref: 'refs/heads/main',
    workspace,
    runnerTemp,
    workflow: 'codex',
  })
  return {
    fake,
    client,
    runnerTemp,
    env,
    async checkout(options = {}) {
      const made = await checkoutRepo(fake, {
        owner: OWNER,
        repo: REPO,
        persistCredentials: true,
        ...options,
      })
      checkouts.push(made)
      return made
    },
    request(checkout, trigger, overrides = {}) {
      return {
        workspace: checkout.dir,
        env: env(checkout.dir),
        client,
        token: fake.token,
        trigger,
        pull: undefined,
        settings: {
          pullRequest: 'draft',
          branchPrefix: 'codex/',
          baseBranch: undefined,
          signCommits: false,
          allowWorkflowChanges: false,
        },
        startSha: checkout.headSha,
        agent: {
          message: 'Fix the date helper\n\nIt now returns UTC midnight.',
          commands: [],
          footer: '3 turns · 1,200 tokens · $0.01',
        },
        redact: (text: string) => text.split(fake.token).join('***'),
        requester: { login: 'alice', id: fake.state.ensureUser('alice').id },
        log: () => {},
        now: new Date('2025-03-04T05:06:07Z'),
        ...overrides,
      }
    },
    pushedText: () => fake.state.repo(FULL_NAME).git.git(['log', '-p', '--all', '--format=%H%n%B']),
    async close() {
      for (const made of checkouts) made.cleanup()
      rmSync(runnerTemp, { recursive: true, force: true })
      await fake.close()
    },
  }
}

const alice = { login: 'alice', type: 'User' as const }
const repoRef = { owner: OWNER, repo: REPO }

export function issueTrigger(number: number, title = 'Dates are off by one'): Trigger {
  return {
    source: 'issues',
    action: 'labeled',
    repo: repoRef,
    actor: alice,
    command: { kind: 'task', text: title },
    issue: {
      number,
      title,
      body: '',
      htmlUrl: `https://github.test/${FULL_NAME}/issues/${number}`,
      author: 'alice',
      isPullRequest: false,
    },
  }
}

export function pullCommentTrigger(number: number, commentId = 9001): Trigger {
  return {
    source: 'issue_comment',
    repo: repoRef,
    actor: alice,
    command: { kind: 'task', text: 'fix the failing test' },
    issue: {
      number,
      title: 'A change',
      body: '',
      htmlUrl: `https://github.test/${FULL_NAME}/pull/${number}`,
      author: 'bob',
      isPullRequest: true,
    },
    comment: {
      id: commentId,
      body: '/codex fix the failing test',
      htmlUrl: `https://github.test/${FULL_NAME}/pull/${number}#issuecomment-${commentId}`,
      createdAt: '2025-03-04T05:00:00Z',
      kind: 'issue_comment',
    },
  }
}

export function scheduleTrigger(prompt: string): Trigger {
  return {
    source: 'schedule',
    repo: repoRef,
    actor: { login: 'github-actions[bot]', type: 'Bot' },
    command: { kind: 'task', text: prompt },
  }
}

/** PullInfo as the GitHub stage would fetch it, from the fake's state. */
export function pullInfo(fake: FakeGitHub, number: number): PullInfo {
  const issue = fake.state.issue(fake.state.repo(FULL_NAME), number)
  const pull = issue.pull
  if (!pull) throw new Error(`#${number} is not a pull request`)
  fake.state.syncPull(issue)
  const headRepoFullName = `${pull.headRepo.owner.login}/${pull.headRepo.name}`
  return {
    number,
    state: issue.state,
    draft: pull.draft,
    headRef: pull.headRef,
    headSha: pull.headSha,
    headRepoFullName,
    isFork: headRepoFullName !== FULL_NAME,
    baseRef: pull.baseRef,
    baseSha: pull.baseSha,
    htmlUrl: `${fake.serverUrl}/${FULL_NAME}/pull/${number}`,
  }
}
