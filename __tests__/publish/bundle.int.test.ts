// Two-job mode end to end: the agent job writes a bundle from its checkout; the publish job, with
// its own fresh checkout, verifies it and publishes. Tampered bundles are refused before any push.
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  publishBundle,
  readBundle,
  writeBundle,
  type PublishError,
  type PublishRequest,
} from '../../src/publish/index.js'
import type { Checkout } from '../git/checkout.js'
import { FULL_NAME, issueTrigger, startHarness, type Harness } from './harness.js'

let harness: Harness

// Octokit's throttling spaces write calls 1-3 s apart, as it does against GitHub: allow for it.
vi.setConfig({ testTimeout: 120_000 })
let bundleDir: string

beforeEach(async () => {
  harness = await startHarness()
  bundleDir = mkdtempSync(path.join(harness.runnerTemp, 'codex-bundle-'))
})

afterEach(async () => {
  // Close first, so a failed assertion leaks no server or temporary folder.
  const violations = [...harness.fake.violations]
  await harness.close()
  expect(violations).toEqual([])
})

const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0x10, 0x00, 0x7f])

async function agentJob(): Promise<Checkout> {
  const checkout = await harness.checkout()
  writeFileSync(path.join(checkout.dir, 'src/date.js'), 'export const today = () => "2025-01-01"\n')
  writeFileSync(path.join(checkout.dir, 'img.png'), BINARY)
  writeFileSync(path.join(checkout.dir, 'notes with spaces.md'), 'ünïcode ✓\n')
  rmSync(path.join(checkout.dir, 'README.md'))
  writeFileSync(path.join(checkout.dir, '.github/workflows/ci.yml'), 'on: [push, pull_request]\n')
  const request = harness.request(checkout, issueTrigger(7))
  const written = await writeBundle({ ...request, settings: { allowWorkflowChanges: false } }, bundleDir)
  expect(written.outcome).toBe('written')
  return checkout
}

/** The publish job's request: its own checkout, no agent output (that comes from the bundle). */
async function publishJob(): Promise<Omit<PublishRequest, 'startSha' | 'agent'>> {
  const fresh = await harness.checkout()
  const { startSha: _startSha, agent: _agent, ...rest } = harness.request(fresh, issueTrigger(7))
  return rest
}

function editManifest(
  edit: (manifest: Record<string, unknown> & { patch: Record<string, unknown> }) => void,
): void {
  const file = path.join(bundleDir, 'bundle.json')
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & {
    patch: Record<string, unknown>
  }
  edit(manifest)
  writeFileSync(file, JSON.stringify(manifest))
}

/** Replaces the patch and records its size and digest, as a careful attacker would. */
function replacePatch(patch: Buffer): void {
  writeFileSync(path.join(bundleDir, 'bundle.patch'), patch)
  editManifest((manifest) => {
    manifest.patch.bytes = patch.length
    manifest.patch.sha256 = createHash('sha256').update(patch).digest('hex')
  })
}

async function refusal(promise: Promise<unknown>): Promise<PublishError> {
  const error = (await promise.then(
    () => undefined,
    (failure: unknown) => failure,
  )) as PublishError
  expect(error?.reason).toBe('invalid-bundle')
  expect(harness.fake.state.repo(FULL_NAME).git.listRefs('refs/heads/')).toHaveLength(1)
  expect(harness.fake.requests.filter((entry) => entry.operationId === 'pulls/create')).toEqual([])
  return error
}

describe('two-job mode', () => {
  it('publishes from the bundle what the agent job changed, byte for byte', async () => {
    const agentCheckout = await agentJob()
    const manifest = JSON.parse(readFileSync(path.join(bundleDir, 'bundle.json'), 'utf8')) as Record<
      string,
      unknown
    >
    expect(manifest).toMatchObject({
      version: 1,
      repo: FULL_NAME,
      startSha: agentCheckout.headSha,
      task: { source: 'issues', number: 7 },
    })
    expect(manifest.leftOut).toEqual([
      expect.objectContaining({ path: '.github/workflows/ci.yml', kind: 'workflow' }),
    ])

    const result = await publishBundle(bundleDir, await publishJob())

    expect(result.outcome).toBe('published')
    expect(result.pullRequest?.operation).toBe('created')
    expect(result.leftOut.map((item) => item.path)).toEqual(['.github/workflows/ci.yml'])
    const bare = harness.fake.state.repo(FULL_NAME).git
    const sha = result.commitSha ?? ''
    expect(bare.readCommit(sha)?.parents).toEqual([agentCheckout.headSha])
    expect(bare.readBlob(bare.git(['rev-parse', `${sha}:img.png`]))).toEqual(BINARY)
    expect(bare.git(['show', `${sha}:notes with spaces.md`])).toBe('ünïcode ✓')
    expect(bare.tryGit(['rev-parse', '--verify', `${sha}:README.md`])).toBeUndefined()
    expect(bare.git(['show', `${sha}:.github/workflows/ci.yml`])).toBe('on: push\njobs: {}')
    const pull = harness.fake.state.issue(harness.fake.state.repo(FULL_NAME), result.pullRequest?.number ?? 0)
    expect(pull.body).toContain('Fix the date helper')
    expect(pull.body).toContain('Fixes #7')
  })

  it('fetches the start commit when the default branch moved between the two jobs', async () => {
    const agentCheckout = await agentJob()
    harness.fake.state.commitToBranch(FULL_NAME, 'main', { 'later.txt': 'pushed between the jobs\n' })

    const result = await publishBundle(bundleDir, await publishJob())

    const bare = harness.fake.state.repo(FULL_NAME).git
    expect(bare.readCommit(result.commitSha ?? '')?.parents).toEqual([agentCheckout.headSha])
    expect(bare.tryGit(['rev-parse', '--verify', `${result.commitSha}:later.txt`])).toBeUndefined()
  })

  it('reports no changes from an empty bundle', async () => {
    const checkout = await harness.checkout()
    const request = harness.request(checkout, issueTrigger(7))
    const written = await writeBundle({ ...request, settings: { allowWorkflowChanges: false } }, bundleDir)
    expect(written.outcome).toBe('no-changes')

    const result = await publishBundle(bundleDir, await publishJob())

    expect(result.outcome).toBe('no-changes')
  })

  it('refuses a patch whose path escapes the repository', async () => {
    await agentJob()
    replacePatch(
      Buffer.from(
        'diff --git a/../outside.txt b/../outside.txt\nnew file mode 100644\n--- /dev/null\n+++ b/../outside.txt\n@@ -0,0 +1 @@\n+x\n',
      ),
    )

    const error = await refusal(publishBundle(bundleDir, await publishJob()))

    expect(error.message).toBe(
      "the bundle was refused: the patch path '../outside.txt' leaves the repository; nothing was pushed",
    )
  })

  it('refuses a patch that writes into .git', async () => {
    await agentJob()
    replacePatch(
      Buffer.from(
        'diff --git a/.git/hooks/pre-push b/.git/hooks/pre-push\nnew file mode 100755\n--- /dev/null\n+++ b/.git/hooks/pre-push\n@@ -0,0 +1 @@\n+x\n',
      ),
    )

    const error = await refusal(publishBundle(bundleDir, await publishJob()))

    expect(error.message).toContain("'.git/hooks/pre-push' is inside .git")
  })

  it('refuses a patch that adds a symbolic link pointing outside the repository', async () => {
    await agentJob()
    const link = '--- /dev/null\n+++ b/evil\n@@ -0,0 +1 @@\n+/etc/passwd\n\\ No newline at end of file\n'
    replacePatch(Buffer.from(`diff --git a/evil b/evil\nnew file mode 120000\n${link}`))

    const error = await refusal(publishBundle(bundleDir, await publishJob()))

    expect(error.message).toContain('evil is a symbolic link pointing outside the repository')
  })

  it('refuses a base commit that does not exist in the repository', async () => {
    await agentJob()
    editManifest((manifest) => {
      manifest.startSha = 'f'.repeat(40)
    })

    const error = await refusal(publishBundle(bundleDir, await publishJob()))

    expect(error.message).toBe(
      'the bundle was refused: its base commit fffffff does not exist in octo/demo; nothing was pushed',
    )
  })

  it('refuses an oversize patch and one that differs from its recorded digest', async () => {
    await agentJob()
    writeFileSync(path.join(bundleDir, 'bundle.patch'), Buffer.alloc(51 * 1024 * 1024, 0x61))
    const oversize = await refusal(publishBundle(bundleDir, await publishJob()))
    expect(oversize.message).toMatch(/the patch is 53477376 bytes, over the 50 MB limit/)

    writeFileSync(path.join(bundleDir, 'bundle.patch'), 'diff --git a/x b/x\n')
    const altered = await refusal(publishBundle(bundleDir, await publishJob()))
    expect(altered.message).toContain('does not match the size and digest recorded in bundle.json')
  })

  it('refuses a bundle made for another task or another version', async () => {
    await agentJob()
    editManifest((manifest) => {
      manifest.task = { source: 'issues', number: 8 }
    })
    const other = await refusal(publishBundle(bundleDir, await publishJob()))
    expect(other.message).toContain('it answers another task (issues #8), not this run')

    editManifest((manifest) => {
      manifest.version = 2
    })
    const version = await refusal(publishBundle(bundleDir, await publishJob()))
    expect(version.message).toContain('bundle.json has version 2, expected 1')
  })

  it('carries the session beside the patch, pinned by its digest like the patch', async () => {
    const checkout = await harness.checkout()
    writeFileSync(path.join(checkout.dir, 'src/date.js'), 'export const today = () => "2025-01-01"\n')
    const request = harness.request(checkout, issueTrigger(7))
    const session = JSON.stringify({ version: 1, thread: 7, transcript: [] })
    await writeBundle({ ...request, session, settings: { allowWorkflowChanges: false } }, bundleDir)
    expect((await readBundle(bundleDir)).session).toBe(session)

    writeFileSync(path.join(bundleDir, 'session.json'), session.replace('7', '8'))
    const altered = await refusal(readBundle(bundleDir))
    expect(altered.message).toContain(
      'the session does not match the size and digest recorded in bundle.json',
    )

    editManifest((manifest) => {
      manifest.session = { file: '../session.json', bytes: 1, sha256: 'a'.repeat(64) }
    })
    const escaping = await refusal(readBundle(bundleDir))
    expect(escaping.message).toContain('session.file is not a plain file name')
  })
})
