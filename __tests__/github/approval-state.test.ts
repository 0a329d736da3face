// The resume state hidden in a paused run's comment: it round-trips, shrinks to fit a comment
// (dropping the transcript first), is redacted before compression, and refuses malformed input.
import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { decodeResumeState, encodeResumeState } from '../../src/github/approval-state.js'
import type { ResumeState } from '../../src/github/approval-state.js'

const STATE: ResumeState = {
  task: 'fix the failing test',
  startSha: 'c'.repeat(40),
  pending: [
    { command: ['npm', 'publish'], justification: 'publishing needs a person', reason: 'rule [npm publish]' },
  ],
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

describe('resume state', () => {
  it('round-trips through a comment body', () => {
    const encoded = encodeResumeState(STATE, 60_000, keep)!
    expect(encoded.transcriptKept).toBe(true)
    expect(decodeResumeState(`### ⏸️ Waiting\n\n${encoded.comment}`)).toEqual(STATE)
  })

  it('drops the transcript, then gives up, when the comment has no room', () => {
    const long = {
      ...STATE,
      history: [{ type: 'message' as const, role: 'user' as const, content: randomText(20_000) }],
    }
    const small = encodeResumeState(long, 2_000, keep)!
    expect(small.transcriptKept).toBe(false)
    expect(decodeResumeState(small.comment)).toEqual({ ...STATE, history: undefined })
    expect(encodeResumeState({ ...STATE, diff: randomText(20_000) }, 2_000, keep)).toBeUndefined()
  })

  it('redacts secrets before they are compressed out of the redactor’s sight', () => {
    const secret = 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB'
    const encoded = encodeResumeState({ ...STATE, diff: `+token=${secret}\n` }, 60_000, (text) =>
      text.replaceAll(secret, '***'),
    )!
    expect(decodeResumeState(encoded.comment)!.diff).toBe('+token=***\n')
  })

  it('reads nothing from a malformed or tampered state', () => {
    const pack = (value: unknown) =>
      `<!-- codex-pr-action:approval-state v1 ${deflateRawSync(Buffer.from(JSON.stringify(value))).toString('base64')} -->`
    expect(decodeResumeState('no state here')).toBeUndefined()
    expect(decodeResumeState('<!-- codex-pr-action:approval-state v1 AAAA -->')).toBeUndefined()
    expect(decodeResumeState(pack({ ...STATE, pending: [] }))).toBeUndefined()
    expect(decodeResumeState(pack({ ...STATE, startSha: 'HEAD; rm -rf /' }))).toBeUndefined()
    expect(decodeResumeState(pack({ ...STATE, history: [{ type: 'exec', command: 'x' }] }))).toBeUndefined()
    expect(decodeResumeState(pack(STATE))).toEqual(STATE)
  })
})

/** Text that does not compress, so sizes are predictable. */
function randomText(length: number): string {
  let text = ''
  let seed = 7
  while (text.length < length) {
    seed = (seed * 48271) % 2147483647
    text += seed.toString(36)
  }
  return text.slice(0, length)
}
