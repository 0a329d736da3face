// The saved state of a paused run: it round-trips, is redacted before it is stored, carries an id
// bound to exactly its command list, and refuses malformed or tampered input.
import { describe, expect, it } from 'vitest'
import {
  approvalId,
  parseApproval,
  serializeApproval,
  STATE_VERSION,
} from '../../src/action/approval-state.js'
import type { SavedApproval } from '../../src/action/approval-state.js'

const PENDING = [
  { command: ['npm', 'publish'], justification: 'publishing needs a person', reason: 'rule [npm publish]' },
]
const STATE: SavedApproval = {
  version: STATE_VERSION,
  repo: 'acme/widget',
  thread: 4,
  comment: { id: 99, kind: 'issue_comment' },
  id: approvalId(PENDING),
  task: 'fix the failing test',
  startSha: 'c'.repeat(40),
  pending: PENDING,
  history: [
    { type: 'message', role: 'user', content: 'fix the failing test' },
    { type: 'function_call', callId: 'c1', name: 'shell', arguments: '{"command":["npm","publish"]}' },
    { type: 'function_call_output', callId: 'c1', output: 'Command not run yet' },
    // The shapes of the Codex model family: a free-form patch and a namespaced MCP call.
    { type: 'custom_tool_call', callId: 'c2', name: 'apply_patch', input: '*** Begin Patch\n*** End Patch' },
    { type: 'custom_tool_call_output', callId: 'c2', output: 'Success.' },
    { type: 'function_call', callId: 'c3', name: 'add', namespace: 'mcp__calc', arguments: '{}' },
    { type: 'function_call_output', callId: 'c3', output: '3' },
  ],
  summary: 'Paused.',
  diff: 'diff --git a/x b/x\n',
}
const keep = (text: string) => text

describe('saved approval state', () => {
  it('round-trips', () => {
    expect(parseApproval(serializeApproval(STATE, keep))).toEqual(STATE)
  })

  it('has an id that changes with any word of any command', () => {
    expect(approvalId(PENDING)).toMatch(/^[0-9a-f]{16}$/)
    expect(approvalId([{ command: ['npm', 'publish', '--force'] }])).not.toBe(approvalId(PENDING))
    expect(approvalId([{ command: ['npm publish'] }])).not.toBe(approvalId(PENDING))
  })

  it('redacts secrets before the state is stored', () => {
    const secret = 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB'
    const json = serializeApproval({ ...STATE, diff: `+token=${secret}\n` }, (text) =>
      text.replaceAll(secret, '***'),
    )
    expect(json).not.toContain(secret)
    expect((parseApproval(json) as SavedApproval).diff).toBe('+token=***\n')
  })

  it('reads nothing from a malformed or tampered state', () => {
    const parse = (value: unknown) => parseApproval(JSON.stringify(value))
    expect(parseApproval('not json')).toMatch(/not valid JSON/)
    expect(parse({ ...STATE, version: 1 })).toMatch(/unknown version/)
    expect(parse({ ...STATE, pending: [] })).toMatch(/incomplete/)
    expect(parse({ ...STATE, startSha: 'HEAD; rm -rf /' })).toMatch(/incomplete/)
    expect(parse({ ...STATE, history: [{ type: 'exec', command: 'x' }] })).toMatch(/incomplete/)
    expect(parse({ ...STATE, comment: { id: 1, kind: 'commit_comment' } })).toMatch(/names no comment/)
    // Commands swapped under an id computed for others.
    const swapped = { ...STATE, pending: [{ ...PENDING[0], command: ['curl', 'evil.example'] }] }
    expect(parse(swapped)).toMatch(/does not match its own command list/)
  })
})
