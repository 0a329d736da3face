// publishChanges against the fake GitHub: real git pushing over smart HTTP (git http-backend behind
// token auth) from a checkout made like actions/checkout's, and the PR calls on the REST fake.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
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

function bare() {
  return harness.fake.state.repo(FULL_NAME).git
}

function pullsCreated() {
  return harness.fake.requests.filter((request) => request.operationId === 'pulls/create')
}

function pushes() {
  return harness.fake.requests.filter(
    (request) =>
      request.operationId === 'git' &&
      request.method === 'POST' &&
      request.path.endsWith('/git-receive-pack'),
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

describe('a task from an issue', () => {
  it('commits the changes on a new branch from the base and opens a draft PR that fixes the issue', async () => {
    const checkout = await harness.checkout()
    writeFileSync(
      path.join(checkout.dir, 'src/date.js'),
      'export const today = () => new Date(Date.UTC(2025, 0, 1))\n',
    )
    writeFileSync(path.join(checkout.dir, 'CHANGELOG.md'), '- dates are UTC\n')
    const commands = [{ command: 'npm test', exitCode: 0, status: 'completed' }]
    const request = harness.request(checkout, issueTrigger(7), {
      agent: { message: 'Fix the date helper\n\nIt now returns UTC.', commands, footer: '3 turns · $0.01' },
    })

    const result = await publishChanges(request)

    expect(result.outcome).toBe('published')
    expect(result.branch?.name).toBe('codex/issue-7-20250304-0506')
    expect(result.pullRequest?.operation).toBe('created')
    expect(result.changedFiles.map((file) => [file.path, file.additions, file.deletions])).toEqual([
      ['CHANGELOG.md', 1, 0],
      ['src/date.js', 1, 1],
    ])
    const tip = bare().resolveRef('refs/heads/codex/issue-7-20250304-0506')
    expect(tip).toBe(result.commitSha)
    const commit = bare().readCommit(tip ?? '')
    expect(commit?.parents).toEqual([checkout.headSha])
    expect(commit?.author.email).toBe('41898282+github-actions[bot]@users.noreply.github.com')
    expect(commit?.message).toMatch(/^Fix the date helper\n/)
    expect(commit?.message).toContain('Task: https://github.test/octo/demo/issues/7')
    expect(commit?.message).toContain(
      `Co-authored-by: alice <${harness.fake.state.ensureUser('alice').id}+alice@users.noreply.github.com>`,
    )
    expect(bare().git(['show', `${tip}:src/date.js`])).toContain('Date.UTC')

    const pull = harness.fake.state.issue(harness.fake.state.repo(FULL_NAME), result.pullRequest?.number ?? 0)
    expect(pull.pull?.draft).toBe(true)
    expect(pull.pull?.baseRef).toBe('main')
    expect(pull.pull?.headRef).toBe('codex/issue-7-20250304-0506')
    expect(pull.body).toContain('Fixes #7')
    expect(pull.body).toContain('| `src/date.js` | +1 | −1 |')
    expect(pull.body).toContain('`npm test`: exit 0')
    expect(pull.body).toContain('3 turns · $0.01')
    expect(pull.body).toContain('/actions/runs/4242')
    expect(pull.pull?.requestedReviewers).toEqual(['alice'])
  })

  it('leaves out workflow changes and says so in the PR', async () => {
    const checkout = await harness.checkout()
    writeFileSync(path.join(checkout.dir, '.github/workflows/ci.yml'), 'on: pull_request\njobs: {}\n')
    writeFileSync(path.join(checkout.dir, 'README.md'), '# demo\n\nNow with docs.\n')

    const result = await publishChanges(harness.request(checkout, issueTrigger(8)))

    expect(result.leftOut).toEqual([
      expect.objectContaining({ path: '.github/workflows/ci.yml', kind: 'workflow' }),
    ])
    expect(result.changedFiles.map((file) => file.path)).toEqual(['README.md'])
    expect(bare().git(['show', `${result.commitSha}:.github/workflows/ci.yml`])).toBe('on: push\njobs: {}')
    const pull = harness.fake.state.issue(harness.fake.state.repo(FULL_NAME), result.pullRequest?.number ?? 0)
    expect(pull.body).toContain('`.github/workflows/ci.yml`: workflow file')
    expect(pull.body).toContain('the job token cannot push them')
  })

  it('includes workflow changes when allowed', async () => {
    const checkout = await harness.checkout()
    writeFileSync(path.join(checkout.dir, '.github/workflows/ci.yml'), 'on: pull_request\njobs: {}\n')
    const request = harness.request(checkout, issueTrigger(8))
    request.settings.allowWorkflowChanges = true
    // As with a token that has the `workflows` permission (a PAT or an app token).
    harness.fake.state.grantWorkflowsPermission(FULL_NAME)

    const result = await publishChanges(request)

    expect(result.leftOut).toEqual([])
    expect(bare().git(['show', `${result.commitSha}:.github/workflows/ci.yml`])).toBe(
      'on: pull_request\njobs: {}',
    )
  })

  it('leaves out a 60 MB file, a symlink leading outside and a nested repository', async () => {
    const checkout = await harness.checkout()
    writeFileSync(path.join(checkout.dir, 'huge.bin'), Buffer.alloc(60 * 1024 * 1024, 1))
    symlinkSync('/etc/passwd', path.join(checkout.dir, 'passwd'))
    symlinkSync('../../..', path.join(checkout.dir, 'src', 'up'))
    symlinkSync('date.js', path.join(checkout.dir, 'src', 'alias.js'))
    mkdirSync(path.join(checkout.dir, 'vendor', 'lib'), { recursive: true })
    checkout.git('init', '--quiet', 'vendor/lib')
    writeFileSync(path.join(checkout.dir, 'vendor', 'lib', 'x.js'), 'x\n')

    const result = await publishChanges(harness.request(checkout, issueTrigger(9)))

    const reasons = Object.fromEntries(result.leftOut.map((item) => [item.path, item.kind]))
    expect(reasons).toEqual({
      'huge.bin': 'too-large',
      passwd: 'symlink',
      'src/up': 'symlink',
      'vendor/lib': 'nested-repo',
    })
    expect(result.changedFiles.map((file) => file.path)).toEqual(['src/alias.js'])
    expect(bare().git(['ls-tree', '-r', '--name-only', result.commitSha ?? ''])).not.toMatch(
      /huge|passwd|vendor|src\/up/,
    )
  })

  it('does nothing at all when the agent changed nothing', async () => {
    const checkout = await harness.checkout()
    const before = harness.fake.requests.length

    const result = await publishChanges(harness.request(checkout, issueTrigger(7)))

    expect(result).toEqual({ outcome: 'no-changes', changedFiles: [], leftOut: [] })
    expect(harness.fake.requests.length).toBe(before)
    expect(bare().listRefs('refs/heads/')).toHaveLength(1)
  })

  it('pushes the branch without a PR when pull-request is none', async () => {
    const checkout = await harness.checkout()
    writeFileSync(path.join(checkout.dir, 'README.md'), 'changed\n')
    const request = harness.request(checkout, issueTrigger(7))
    request.settings.pullRequest = 'none'

    const result = await publishChanges(request)

    expect(result.pullRequest).toBeUndefined()
    expect(bare().resolveRef(`refs/heads/${result.branch?.name}`)).toBe(result.commitSha)
    expect(pullsCreated()).toEqual([])
  })
})

describe('a scheduled task', () => {
  it('reuses its branch on the next run and updates the same PR', async () => {
    const prompt = 'Update the copyright year in README'
    const first = await harness.checkout()
    writeFileSync(path.join(first.dir, 'README.md'), '# demo\n\n(c) 2025\n')
    const created = await publishChanges(
      harness.request(first, scheduleTrigger(prompt), { requester: undefined }),
    )

    const second = await harness.checkout()
    writeFileSync(path.join(second.dir, 'README.md'), '# demo\n\n(c) 2026\n')
    const updated = await publishChanges(
      harness.request(second, scheduleTrigger(prompt), {
        requester: undefined,
        now: new Date('2025-03-05T00:00:00Z'),
        agent: { message: 'Bump the year to 2026', commands: [], footer: '' },
      }),
    )

    expect(created.branch?.name).toBe('codex/schedule-update-the-copyright-year-in-readme')
    expect(updated.branch?.name).toBe(created.branch?.name)
    expect(created.pullRequest?.operation).toBe('created')
    expect(updated.pullRequest).toEqual({ ...created.pullRequest, operation: 'updated' })
    expect(bare().git(['show', `${created.branch?.name}:README.md`])).toContain('2026')
    const pull = harness.fake.state.issue(
      harness.fake.state.repo(FULL_NAME),
      created.pullRequest?.number ?? 0,
    )
    expect(pull.title).toBe('Bump the year to 2026')
    expect(pullsCreated()).toHaveLength(1)
  })
})

describe('a comment on an open pull request', () => {
  async function openPull() {
    harness.fake.state.addPull(FULL_NAME, {
      title: 'Add feature',
      head: 'feature',
      user: 'bob',
      files: { 'feature.js': 'one\n' },
    })
    const number = harness.fake.state.repo(FULL_NAME).nextNumber - 1
    const checkout = await harness.checkout({ ref: 'feature' })
    return { number, checkout }
  }

  it('adds the commit on top of the PR head branch', async () => {
    const { number, checkout } = await openPull()
    writeFileSync(path.join(checkout.dir, 'feature.js'), 'one\ntwo\n')

    const result = await publishChanges(
      harness.request(checkout, pullCommentTrigger(number), { pull: pullInfo(harness.fake, number) }),
    )

    expect(result.branch?.name).toBe('feature')
    expect(result.pullRequest).toEqual({
      number,
      url: expect.stringContaining(`/pull/${number}`),
      operation: 'updated',
    })
    expect(bare().readCommit(bare().resolveRef('refs/heads/feature') ?? '')?.parents).toEqual([
      checkout.headSha,
    ])
    expect(pullsCreated()).toEqual([])
  })

  it('stops when the head moved since the trigger, pushing nothing', async () => {
    const { number, checkout } = await openPull()
    const pull = pullInfo(harness.fake, number)
    const moved = harness.fake.state.commitToBranch(FULL_NAME, 'feature', {
      'other.js': 'pushed meanwhile\n',
    })
    writeFileSync(path.join(checkout.dir, 'feature.js'), 'one\ntwo\n')

    const error = await rejection(
      publishChanges(harness.request(checkout, pullCommentTrigger(number), { pull })),
    )

    expect(error.reason).toBe('head-moved')
    expect(error.message).toBe(
      `the PR head moved from ${pull.headSha.slice(0, 7)} to ${moved.slice(0, 7)} since the trigger; nothing was pushed. Re-run the command on the new head.`,
    )
    expect(bare().resolveRef('refs/heads/feature')).toBe(moved)
    expect(pushes()).toEqual([])
  })

  it('names the remote message when the push is rejected (protected branch)', async () => {
    const { number, checkout } = await openPull()
    harness.fake.state.protectBranch(FULL_NAME, 'feature')
    writeFileSync(path.join(checkout.dir, 'feature.js'), 'one\ntwo\n')

    const error = await rejection(
      publishChanges(
        harness.request(checkout, pullCommentTrigger(number), { pull: pullInfo(harness.fake, number) }),
      ),
    )

    expect(error.reason).toBe('push-rejected')
    expect(error.message).toMatch(/^the push to feature was rejected: /)
    expect(error.message).toContain('GH006: Protected branch update failed for refs/heads/feature.')
    expect(bare().resolveRef('refs/heads/feature')).toBe(checkout.headSha)
  })

  it("opens a PR from its own branch for a fork's PR, never pushing to the fork", async () => {
    const fork = harness.fake.state.addFork(FULL_NAME, 'mallory')
    harness.fake.state.addPull(FULL_NAME, {
      title: 'From a fork',
      head: 'mallory:patch-1',
      user: 'mallory',
      files: { 'fork.js': 'f\n' },
    })
    const number = harness.fake.state.repo(FULL_NAME).nextNumber - 1
    const forkHead = fork.git.resolveRef('refs/heads/patch-1')
    const checkout = await harness.checkout({ ref: `refs/pull/${number}/head` })
    writeFileSync(path.join(checkout.dir, 'fork.js'), 'f\nfixed\n')

    const result = await publishChanges(
      harness.request(checkout, pullCommentTrigger(number), { pull: pullInfo(harness.fake, number) }),
    )

    expect(result.branch?.name).toBe(`codex/pr-${number}-20250304-0506`)
    expect(result.pullRequest?.operation).toBe('created')
    expect(fork.git.resolveRef('refs/heads/patch-1')).toBe(forkHead)
    const ours = harness.fake.state.issue(harness.fake.state.repo(FULL_NAME), result.pullRequest?.number ?? 0)
    expect(ours.pull?.headRepo.owner.login).toBe('octo')
    expect(ours.pull?.baseRef).toBe('main')
    expect(ours.body).toContain(`Follow-up to #${number}`)
  })
})

describe('a failed CI run', () => {
  it('pushes a ci-fix branch from the failed head and opens a PR into the failed branch', async () => {
    const headSha = harness.fake.state.commitToBranch(FULL_NAME, 'release/2.x', {
      'src/date.js': 'broken(\n',
    })
    const run = harness.fake.state.addWorkflowRun(FULL_NAME, {
      headBranch: 'release/2.x',
      headSha,
      conclusion: 'failure',
    })
    const checkout = await harness.checkout({ ref: 'release/2.x' })
    writeFileSync(path.join(checkout.dir, 'src/date.js'), 'fixed()\n')
    const trigger = {
      source: 'workflow_run' as const,
      repo: { owner: 'octo', repo: 'demo' },
      actor: { login: 'alice', type: 'User' as const },
      command: { kind: 'task' as const, text: 'fix CI' },
      run: {
        id: run.id,
        name: 'CI',
        headBranch: 'release/2.x',
        headSha,
        htmlUrl: 'https://github.test/run',
        actor: 'alice',
        pullRequests: [],
        fromFork: false,
      },
    }

    const result = await publishChanges(harness.request(checkout, trigger))

    expect(result.branch?.name).toBe('codex/ci-fix-release/2.x')
    expect(bare().readCommit(result.commitSha ?? '')?.parents).toEqual([headSha])
    const pull = harness.fake.state.issue(harness.fake.state.repo(FULL_NAME), result.pullRequest?.number ?? 0)
    expect(pull.pull?.baseRef).toBe('release/2.x')
  })
})

describe('cancellation', () => {
  it('pushes nothing when the signal is already aborted', async () => {
    const checkout = await harness.checkout()
    writeFileSync(path.join(checkout.dir, 'README.md'), 'changed\n')
    const controller = new AbortController()
    controller.abort()

    const error = await rejection(
      publishChanges(harness.request(checkout, issueTrigger(7), { signal: controller.signal })),
    )

    expect(error.reason).toBe('cancelled')
    expect(bare().listRefs('refs/heads/')).toHaveLength(1)
    expect(pushes()).toEqual([])
  })

  it('pushes nothing when the abort arrives mid-publish, after the commit is prepared', async () => {
    const checkout = await harness.checkout()
    writeFileSync(path.join(checkout.dir, 'README.md'), 'changed\n')
    const controller = new AbortController()
    const request = harness.request(checkout, issueTrigger(7), {
      signal: controller.signal,
      // The commit message is the last thing prepared before the push: SIGTERM lands right there.
      redact: (text: string) => {
        if (text.includes('Co-authored-by')) controller.abort()
        return text
      },
    })

    const error = await rejection(publishChanges(request))

    expect(error.reason).toBe('cancelled')
    expect(error.message).toContain('nothing was pushed')
    expect(bare().listRefs('refs/heads/')).toHaveLength(1)
    expect(pushes()).toEqual([])
    expect(pullsCreated()).toEqual([])
  })
})
