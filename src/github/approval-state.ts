// What a run paused for approval leaves behind so that `/codex approve` can resume it: the task,
// the commands awaiting approval, the transcript and the workspace diff, compressed into an HTML
// comment inside the tracking comment. Only a comment written by the action's own identity is ever
// read back (approval.ts); here the state is packed to fit, and unpacked defensively.
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import type { Item } from '../model/types.js'
import type { PendingApproval } from '../sandbox/rules.js'

export const STATE_MARKER = 'codex-pr-action:approval-state'
const STATE_PATTERN = /<!-- codex-pr-action:approval-state v1 ([A-Za-z0-9+/=]+) -->/
/** A state never inflates past this, whatever a comment holds. */
const MAX_STATE_BYTES = 32 * 1024 * 1024

export interface ResumeState {
  /** The original task, the only instructions; the approval comment adds none. */
  task: string
  startSha: string
  pending: PendingApproval[]
  /** The conversation so far; absent when it did not fit in a comment (then `summary` stands in). */
  history?: Item[] | undefined
  /** What was done before the pause, in words. */
  summary: string
  /** `git diff --binary` of the workspace against startSha; '' when nothing changed. */
  diff: string
}

/**
 * The hidden comment carrying the state, at most `maxChars` long: the whole state, else the state
 * without the transcript (`transcriptKept: false`), else undefined (the diff alone is too big).
 * Secrets are redacted before compressing, where the comment's own redaction cannot see them.
 */
export function encodeResumeState(
  state: ResumeState,
  maxChars: number,
  redact: (text: string) => string,
): { comment: string; transcriptKept: boolean } | undefined {
  const pack = (value: ResumeState) => {
    const json = redact(JSON.stringify(value))
    return `<!-- ${STATE_MARKER} v1 ${deflateRawSync(Buffer.from(json, 'utf8')).toString('base64')} -->`
  }
  const full = pack(state)
  if (full.length <= maxChars) return { comment: full, transcriptKept: true }
  const withoutTranscript = pack({ ...state, history: undefined })
  if (withoutTranscript.length <= maxChars) return { comment: withoutTranscript, transcriptKept: false }
  return undefined
}

/** The state in a comment body, or undefined when there is none or it does not read as one. */
export function decodeResumeState(body: string): ResumeState | undefined {
  const encoded = STATE_PATTERN.exec(body)?.[1]
  if (encoded === undefined) return undefined
  try {
    const json = inflateRawSync(Buffer.from(encoded, 'base64'), { maxOutputLength: MAX_STATE_BYTES })
    return asResumeState(JSON.parse(json.toString('utf8')))
  } catch {
    return undefined
  }
}

function asResumeState(value: unknown): ResumeState | undefined {
  if (!isRecord(value)) return undefined
  const { task, startSha, pending, history, summary, diff } = value
  if (typeof task !== 'string' || typeof summary !== 'string' || typeof diff !== 'string') return undefined
  if (typeof startSha !== 'string' || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(startSha)) return undefined
  if (!Array.isArray(pending) || !pending.every(isPendingApproval) || pending.length === 0) return undefined
  if (history !== undefined && !(Array.isArray(history) && history.every(isItem))) return undefined
  return { task, startSha, pending, history, summary, diff }
}

function isPendingApproval(value: unknown): value is PendingApproval {
  return (
    isRecord(value) &&
    Array.isArray(value.command) &&
    value.command.length > 0 &&
    value.command.every((word) => typeof word === 'string') &&
    typeof value.justification === 'string' &&
    typeof value.reason === 'string'
  )
}

function isItem(value: unknown): value is Item {
  if (!isRecord(value)) return false
  switch (value.type) {
    case 'message':
      return (
        ['user', 'assistant', 'developer'].includes(String(value.role)) && typeof value.content === 'string'
      )
    case 'function_call':
      return (
        typeof value.callId === 'string' &&
        typeof value.name === 'string' &&
        typeof value.arguments === 'string' &&
        ['string', 'undefined'].includes(typeof value.namespace)
      )
    case 'custom_tool_call':
      return (
        typeof value.callId === 'string' && typeof value.name === 'string' && typeof value.input === 'string'
      )
    case 'function_call_output':
    case 'custom_tool_call_output':
      return typeof value.callId === 'string' && typeof value.output === 'string'
    case 'reasoning':
      return (
        typeof value.summary === 'string' &&
        ['string', 'undefined'].includes(typeof value.id) &&
        ['string', 'undefined'].includes(typeof value.encryptedContent)
      )
    default:
      return false
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
