// The session store against the local GitHub's git over smart HTTP: a record round-trips; writes
// are a compare-and-swap, so of two runs claiming the same version only the first succeeds (the
// second `/codex continue` is refused, and no save interleaves); a record committed by another
// identity or naming another thread is not used.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startFakeGitHub } from '../../__fixtures__/github/server.js'
import type { FakeGitHub } from '../../__fixtures__/github/server.js'
import { SESSION_VERSION } from '../../src/session/record.js'
import type { SessionRecord } from '../../src/session/record.js'
import { SessionStore, sessionRef } from '../../src/session/store.js'
import { approvalId } from '../../src/session/approval.js'

let github: FakeGitHub
let temp: string

beforeEach(async () => {
  github = await startFakeGitHub()
  github.state.addRepo({ owner: 'acme', name: 'widget', files: { 'a.txt': 'a\n' } })
  temp = await mkdtemp(path.join(tmpdir(), 'session-store-test-'))
})

afterEach(async () => {
  await github.close()
  await rm(temp, { recursive: true, force: true })
})

const store = () =>
  new SessionStore({
    serverUrl: github.serverUrl,
    owner: 'acme',
    repo: 'widget',
    token: github.token,
    tempRoot: temp,
    redact: (text) => text.replaceAll('sk-secret-value', '[redacted]'),
  })

function record(fields: Partial<SessionRecord> = {}): SessionRecord {
  const main = github.state.repo('acme/widget').git.git(['rev-parse', 'refs/heads/main']).trim()
  return {
    version: SESSION_VERSION,
    repo: 'acme/widget',
    thread: 7,
    state: 'partial',
    task: 'fix it',
    startSha: main,
    diff: '',
    transcript: [{ type: 'message', role: 'user', content: 'fix it with sk-secret-value' }],
    plan: [{ text: 'step', completed: false }],
    turns: 3,
    usage: { inputTokens: 10, cachedInputTokens: 0, outputTokens: 5, reasoningOutputTokens: 0 },
    runs: 1,
    runUrl: 'https://example.invalid/run',
    updatedAt: '2026-01-01T00:00:00Z',
    ...fields,
  }
}

describe('the session store', () => {
  it('round-trips a record, redacted, and lists it', async () => {
    const sha = await store().save(record(), '')
    const loaded = await store().load(7)
    expect(loaded).toMatchObject({ ok: true, sha, record: { thread: 7, turns: 3, state: 'partial' } })
    expect(JSON.stringify(loaded)).toContain('[redacted]')
    expect(JSON.stringify(loaded)).not.toContain('sk-secret-value')
    expect([...(await store().list())]).toEqual([[7, sha]])
  })

  it('lets only one of two runs claim the same version', async () => {
    const first = await store().save(record(), '')
    const claimed = await store().save(record({ state: 'running', runs: 2 }), first)
    await expect(store().save(record({ state: 'running', runs: 3 }), first)).rejects.toThrow(
      /stale info|rejected/,
    )
    // A first save where a session exists already loses too ('' — none may exist).
    await expect(store().save(record(), '')).rejects.toThrow(/stale info|rejected/)
    const loaded = await store().load(7)
    expect(loaded.ok && loaded.sha).toBe(claimed)
    expect(loaded.ok && loaded.record.runs).toBe(2)
  })

  it('lets only one of two approvals claim a paused session, which then waits for nothing', async () => {
    const pending = [{ command: ['npm', 'publish'], justification: 'needs a person', reason: 'rule' }]
    const approval = {
      id: approvalId(pending),
      pending,
      thread: 7,
      comment: { id: 3, kind: 'issue_comment' as const },
    }
    await store().save(record({ state: 'awaiting-approval', approval }), '')
    // Two approvals read the same version before either claims it.
    const [first, second] = [await store().load(7), await store().load(7)]
    if (!first.ok || !second.ok) throw new Error('the paused session was not read back')
    expect(first.record.approval).toEqual(approval)
    const stamp = { runUrl: 'https://example.invalid/run/2', updatedAt: '2026-01-02T00:00:00Z' }
    const claimed = await store().claim(first.record, first.sha, stamp)
    await expect(store().claim(second.record, second.sha, stamp)).rejects.toThrow(/stale info|rejected/)
    const loaded = await store().load(7)
    expect(loaded).toMatchObject({ ok: true, sha: claimed, record: { state: 'running' } })
    expect(loaded.ok && loaded.record.approval).toBeUndefined()
  })

  it('does not use a record naming another thread', async () => {
    const bare = github.state.repo('acme/widget').git
    const other = await store().save(record({ thread: 8 }), '')
    bare.git(['update-ref', sessionRef(7), other])
    expect(await store().load(7)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('another thread'),
    })
  })
})
