// sign-commits: the commit is created through the Git Data API, so GitHub signs it; no git push.
import { chmodSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { publishChanges } from '../../src/publish/index.js'
import { gitAsync } from '../git/checkout.js'
import {
  FULL_NAME,
  issueTrigger,
  pullCommentTrigger,
  pullInfo,
  scheduleTrigger,
  startHarness,
  type Harness,
} from './harness.js'

let harness: Harness

// Octokit's throttling spaces write calls 1-3 s apart, as it does against GitHub: allow for it.
vi.setConfig({ testTimeout: 120_000 })

beforeEach(async () => {
  harness = await startHarness()
})

afterEach(async () => {
  // Close first, so a failed assertion leaks no server or temporary folder.
  const violations = [...harness.fake.violations]
  await harness.close()
  expect(violations).toEqual([])
})

function signed<T extends { settings: { signCommits: boolean } }>(request: T): T {
  request.settings.signCommits = true
  return request
}

function apiCalls(): string[] {
  return harness.fake.requests
    .filter((entry) => entry.operationId?.startsWith('git/'))
    .map((entry) => entry.operationId ?? '')
}

it('creates blobs, a tree on the parent tree, a verified commit and the branch, then fetches it', async () => {
  const checkout = await harness.checkout()
  writeFileSync(path.join(checkout.dir, 'src/date.js'), 'export const today = () => 1\n')
  writeFileSync(path.join(checkout.dir, 'tool.sh'), '#!/bin/sh\necho hi\n')
  chmodSync(path.join(checkout.dir, 'tool.sh'), 0o755)
  writeFileSync(path.join(checkout.dir, 'logo.bin'), Buffer.from([0, 255, 1, 254, 0, 10]))
  symlinkSync('src/date.js', path.join(checkout.dir, 'date-link.js'))
  rmSync(path.join(checkout.dir, 'README.md'))

  const result = await publishChanges(signed(harness.request(checkout, issueTrigger(7))))

  expect(apiCalls()).toEqual([
    'git/create-blob',
    'git/create-blob',
    'git/create-blob',
    'git/create-blob',
    'git/get-commit',
    'git/create-tree',
    'git/create-commit',
    'git/create-ref',
  ])
  const commitRequest = harness.fake.requests.find((entry) => entry.operationId === 'git/create-commit')
  expect(commitRequest?.body).toEqual({
    message: expect.stringContaining('Co-authored-by: alice'),
    tree: expect.any(String),
    parents: [checkout.headSha],
  })
  expect(harness.fake.state.verifiedCommits.has(result.commitSha ?? '')).toBe(true)
  const bare = harness.fake.state.repo(FULL_NAME).git
  expect(bare.resolveRef(`refs/heads/${result.branch?.name}`)).toBe(result.commitSha)
  expect(bare.listTree(result.commitSha ?? '', true).map((entry) => `${entry.mode} ${entry.path}`)).toEqual([
    '040000 .github',
    '040000 .github/workflows',
    '100644 .github/workflows/ci.yml',
    '120000 date-link.js',
    '100644 logo.bin',
    '040000 src',
    '100644 src/date.js',
    '100755 tool.sh',
  ])
  expect(bare.readBlob(bare.git(['rev-parse', `${result.commitSha}:logo.bin`]))).toEqual(
    Buffer.from([0, 255, 1, 254, 0, 10]),
  )
  // No push over git; the checkout fetched the API's commit so both sides agree.
  expect(harness.fake.requests.some((entry) => entry.path.endsWith('/git-receive-pack'))).toBe(false)
  expect((await gitAsync(checkout.dir, ['cat-file', '-t', result.commitSha ?? ''])).trim()).toBe('commit')
  expect(result.pullRequest?.operation).toBe('created')
})

it('moves an existing branch of its own (schedule re-run) and a PR head by fast-forward', async () => {
  const first = await harness.checkout()
  writeFileSync(path.join(first.dir, 'README.md'), 'one\n')
  const created = await publishChanges(
    signed(harness.request(first, scheduleTrigger('nightly docs'), { requester: undefined })),
  )
  const second = await harness.checkout()
  writeFileSync(path.join(second.dir, 'README.md'), 'two\n')
  const updated = await publishChanges(
    signed(harness.request(second, scheduleTrigger('nightly docs'), { requester: undefined })),
  )
  expect(updated.branch?.name).toBe(created.branch?.name)
  expect(updated.pullRequest?.operation).toBe('updated')
  expect(harness.fake.state.verifiedCommits.has(updated.commitSha ?? '')).toBe(true)

  harness.fake.state.addPull(FULL_NAME, {
    title: 'Feature',
    head: 'feature',
    user: 'bob',
    files: { 'f.js': '1\n' },
  })
  const number = harness.fake.state.repo(FULL_NAME).nextNumber - 1
  const onPull = await harness.checkout({ ref: 'feature' })
  writeFileSync(path.join(onPull.dir, 'f.js'), '2\n')
  const pushed = await publishChanges(
    signed(harness.request(onPull, pullCommentTrigger(number), { pull: pullInfo(harness.fake, number) })),
  )
  const updates = harness.fake.requests
    .filter((entry) => entry.operationId === 'git/update-ref')
    .map((entry) => entry.body)
  expect(updates).toEqual([
    { sha: updated.commitSha, force: true },
    { sha: pushed.commitSha, force: false },
  ])
  expect(harness.fake.state.repo(FULL_NAME).git.resolveRef('refs/heads/feature')).toBe(pushed.commitSha)
})
