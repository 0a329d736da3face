// Refusals of publishChanges that no other test reaches: the default branch as a PR head, a branch
// that moves between the check and the push, and a branch of that name already there.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PublishError, publishChanges } from '../../src/publish/index.js'
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
vi.setConfig({ testTimeout: 120_000 })

beforeEach(async () => {
  harness = await startHarness()
})

afterEach(async () => {
  const violations = [...harness.fake.violations]
  await harness.close()
  expect(violations).toEqual([])
})

function bare() {
  return harness.fake.state.repo(FULL_NAME).git
}

function pushes() {
  return harness.fake.requests.filter(
    (request) => request.operationId === 'git' && request.path.endsWith('/git-receive-pack'),
  )
}

async function rejection(promise: Promise<unknown>): Promise<PublishError> {
  const error = await promise.then(
    () => undefined,
    (failure: unknown) => failure,
  )
  expect(error).toBeInstanceOf(PublishError)
  return error as PublishError
}

describe('publish refuses', () => {
  it('to push onto a PR whose head is the default branch', async () => {
    const state = harness.fake.state
    state.commitToBranch(FULL_NAME, 'release', {}, 'Cut release')
    bare().updateRef('refs/heads/release', bare().resolveRef('refs/heads/main') ?? '')
    state.commitToBranch(FULL_NAME, 'main', { 'later.md': 'later\n' }, 'Later work')
    state.addPull(FULL_NAME, { title: 'Main into release', head: 'main', base: 'release', user: 'bob' })
    const number = state.repo(FULL_NAME).nextNumber - 1
    const mainBefore = bare().resolveRef('refs/heads/main')
    const checkout = await harness.checkout({ ref: 'main' })
    writeFileSync(path.join(checkout.dir, 'README.md'), '# demo\n\nchanged\n')

    const error = await rejection(
      publishChanges(
        harness.request(checkout, pullCommentTrigger(number), { pull: pullInfo(harness.fake, number) }),
      ),
    )
    expect(error.reason).toBe('forbidden-target')
    expect(error.message).toBe('refusing to push to main, the default branch; nothing was pushed')
    expect(pushes()).toEqual([])
    expect(bare().resolveRef('refs/heads/main')).toBe(mainBefore)
  })

  it('to overwrite its own branch when it moved between the check and the push (lease)', async () => {
    const prompt = 'Update the copyright year'
    const first = await harness.checkout()
    writeFileSync(path.join(first.dir, 'README.md'), '# demo\n\n(c) 2025\n')
    const created = await publishChanges(harness.request(first, scheduleTrigger(prompt)))
    const branch = created.branch?.name ?? ''

    const second = await harness.checkout()
    writeFileSync(path.join(second.dir, 'README.md'), '# demo\n\n(c) 2026\n')
    let moved = ''
    const log = (line: string) => {
      // Right before the push: someone else moves the branch.
      if (line.startsWith('git push'))
        moved = harness.fake.state.commitToBranch(FULL_NAME, branch, { 'race.md': 'mine\n' }, 'Race')
    }
    const error = await rejection(publishChanges(harness.request(second, scheduleTrigger(prompt), { log })))
    expect(moved).not.toBe('')
    expect(error.reason).toBe('push-rejected')
    expect(error.message).toContain(`the push to ${branch} was rejected`)
    expect(bare().resolveRef(`refs/heads/${branch}`)).toBe(moved)
  })

  it('to reuse a branch that already exists when the task makes a new one', async () => {
    const checkout = await harness.checkout()
    const existing = harness.fake.state.commitToBranch(
      FULL_NAME,
      'codex/issue-7-20250304-0506',
      { 'theirs.md': 'someone else\n' },
      'Not ours',
    )
    writeFileSync(path.join(checkout.dir, 'README.md'), '# demo\n\nfixed\n')

    const error = await rejection(publishChanges(harness.request(checkout, issueTrigger(7))))
    expect(error.reason).toBe('forbidden-target')
    expect(error.message).toContain(
      'the branch codex/issue-7-20250304-0506 already exists; nothing was pushed',
    )
    expect(pushes()).toEqual([])
    expect(bare().resolveRef('refs/heads/codex/issue-7-20250304-0506')).toBe(existing)
  })
})
