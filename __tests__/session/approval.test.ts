// A session paused for approval: the record round-trips with its pending commands, is redacted
// before it is stored, carries an id bound to exactly its command list, and a malformed or tampered
// list makes the whole record unusable; any other state never carries commands to approve.
import { describe, expect, it } from 'vitest'
import { approvalId } from '../../src/session/approval.js'
import { parseSession, serializeSession, SESSION_VERSION } from '../../src/session/record.js'
import type { SessionRecord } from '../../src/session/record.js'

const PENDING = [
  { command: ['npm', 'publish'], justification: 'publishing needs a person', reason: 'rule [npm publish]' },
]
const PAUSED: SessionRecord = {
  version: SESSION_VERSION,
  repo: 'acme/widget',
  thread: 4,
  state: 'awaiting-approval',
  task: 'fix the failing test',
  startSha: 'c'.repeat(40),
  diff: 'diff --git a/x b/x\n',
  pushed: undefined,
  reason: 'waiting for approval',
  approval: {
    id: approvalId(PENDING),
    pending: PENDING,
    thread: 4,
    comment: { id: 99, kind: 'issue_comment' },
  },
  transcript: [
    { type: 'message', role: 'user', content: 'fix the failing test' },
    { type: 'function_call', callId: 'c1', name: 'shell', arguments: '{"command":["npm","publish"]}' },
    { type: 'function_call_output', callId: 'c1', output: 'Command not run yet' },
  ],
  plan: [],
  turns: 1,
  usage: {
    inputTokens: 1,
    cachedInputTokens: 0,
    cacheWriteInputTokens: 0,
    outputTokens: 1,
    reasoningOutputTokens: 0,
  },
  runs: 1,
  runUrl: 'https://example.invalid/run',
  updatedAt: '2026-01-01T00:00:00Z',
}
const keep = (text: string) => text
const parse = (value: unknown) => parseSession(JSON.stringify(value))

describe('a session awaiting approval', () => {
  it('round-trips with its pending commands', () => {
    expect(parseSession(serializeSession(PAUSED, keep))).toEqual(PAUSED)
  })

  it('has an id that changes with any word of any command', () => {
    expect(approvalId(PENDING)).toMatch(/^[0-9a-f]{16}$/)
    expect(approvalId([{ command: ['npm', 'publish', '--force'] }])).not.toBe(approvalId(PENDING))
    expect(approvalId([{ command: ['npm publish'] }])).not.toBe(approvalId(PENDING))
  })

  it('is redacted before it is stored', () => {
    const secret = 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB'
    const json = serializeSession({ ...PAUSED, diff: `+token=${secret}\n` }, (text) =>
      text.replaceAll(secret, '***'),
    )
    expect(json).not.toContain(secret)
    expect((parseSession(json) as SessionRecord).diff).toBe('+token=***\n')
  })

  it('is unusable when its command list is missing, malformed or swapped under its id', () => {
    const approval = PAUSED.approval!
    expect(parse({ ...PAUSED, approval: undefined })).toMatch(/lists no commands/)
    expect(parse({ ...PAUSED, approval: { ...approval, pending: [] } })).toMatch(/lists no commands/)
    expect(parse({ ...PAUSED, approval: { ...approval, pending: [{ command: 'npm publish' }] } })).toMatch(
      /lists no commands/,
    )
    expect(parse({ ...PAUSED, approval: { ...approval, thread: 0 } })).toMatch(/in no thread/)
    expect(
      parse({ ...PAUSED, approval: { ...approval, comment: { id: 1, kind: 'commit_comment' } } }),
    ).toMatch(/names no paused comment/)
    const swapped = { ...approval, pending: [{ ...PENDING[0], command: ['curl', 'evil.example'] }] }
    expect(parse({ ...PAUSED, approval: swapped })).toMatch(/does not match its own command list/)
  })

  it('carries no commands to approve in any other state', () => {
    for (const state of ['running', 'partial', 'completed'] as const) {
      expect((parse({ ...PAUSED, state }) as SessionRecord).approval).toBeUndefined()
    }
  })
})
