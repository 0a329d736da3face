// upsertPullRequest against the fake GitHub: create, update the open one for the same head, survive
// a concurrent creation, and request review without failing when GitHub refuses the reviewer.
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { upsertPullRequest, type PullRequestSpec } from '../../src/github/pulls.js'
import { FULL_NAME, OWNER, REPO, startHarness, type Harness } from './harness.js'

let harness: Harness

// Octokit's throttling spaces write calls 1-3 s apart, as it does against GitHub: allow for it.
vi.setConfig({ testTimeout: 120_000 })

beforeEach(async () => {
  harness = await startHarness()
  harness.fake.state.commitToBranch(FULL_NAME, 'codex/topic', { 'topic.md': 'topic\n' })
})

afterEach(async () => {
  // Close first, so a failed assertion leaks no server or temporary folder.
  const violations = [...harness.fake.violations]
  await harness.close()
  expect(violations).toEqual([])
})

function spec(overrides: Partial<PullRequestSpec> = {}): PullRequestSpec {
  return {
    repo: { owner: OWNER, repo: REPO },
    head: 'codex/topic',
    base: 'main',
    title: 'First',
    body: 'Body one',
    draft: true,
    ...overrides,
  }
}

function pullRecord(number: number) {
  return harness.fake.state.issue(harness.fake.state.repo(FULL_NAME), number)
}

it('creates a draft PR, then updates its title and body on the next call', async () => {
  const created = await upsertPullRequest(harness.client, spec({ reviewer: 'alice' }))
  const updated = await upsertPullRequest(
    harness.client,
    spec({ title: 'Second', body: 'Body two', draft: false }),
  )

  expect(created).toEqual({
    number: 1,
    url: `${harness.fake.serverUrl}/${FULL_NAME}/pull/1`,
    operation: 'created',
  })
  expect(updated).toEqual({ ...created, operation: 'updated' })
  expect(pullRecord(1)).toMatchObject({ title: 'Second', body: 'Body two' })
  expect(pullRecord(1).pull).toMatchObject({ draft: true, requestedReviewers: ['alice'] })
})

it('updates the PR another run opened between its look-up and its create', async () => {
  harness.client.hook.after('request', (_response, options) => {
    if (options.method === 'GET' && String(options.url).includes('/pulls') && !pullRecord1Exists()) {
      harness.fake.state.addPull(FULL_NAME, {
        title: 'Opened by a concurrent run',
        head: 'codex/topic',
        user: 'github-actions[bot]',
      })
    }
  })

  const result = await upsertPullRequest(harness.client, spec())

  expect(result.operation).toBe('updated')
  expect(pullRecord(1).title).toBe('First')
  expect(harness.fake.requests.find((entry) => entry.operationId === 'pulls/create')?.status).toBe(422)
})

it('keeps the PR when a review cannot be requested from someone who is not a collaborator', async () => {
  const lines: string[] = []
  const result = await upsertPullRequest(
    harness.client,
    spec({ reviewer: 'stranger', log: (line) => lines.push(line) }),
  )

  expect(result.operation).toBe('created')
  expect(pullRecord(1).pull?.requestedReviewers).toEqual([])
  expect(lines.join('\n')).toContain('could not request a review from stranger on #1')
})

it('says why GitHub refused to open the PR', async () => {
  const error = await upsertPullRequest(harness.client, spec({ head: 'main', base: 'main' })).catch(
    (failure: unknown) => failure,
  )

  expect(String(error)).toContain('GitHub refused to open the pull request main → main')
  expect(String(error)).toContain('No commits between main and main')
})

function pullRecord1Exists(): boolean {
  return harness.fake.state.repo(FULL_NAME).issues.has(1)
}
