// What a run paused for approval leaves behind so that `/codex approve` can resume it: the task,
// the commands awaiting approval, the transcript and the workspace diff. It is stored under a hidden
// ref that only the harness writes (action/approval-store.ts), never in a comment; here it is
// serialised, read back defensively, and bound to the command list the approver was shown.
import { createHash } from 'node:crypto'
import type { Item } from '../model/types.js'
import type { PendingApproval } from '../sandbox/rules.js'

export const STATE_VERSION = 2

export interface ResumeState {
  /** The original task, the only instructions; the approval comment adds none. */
  task: string
  startSha: string
  pending: PendingApproval[]
  /** The conversation so far; absent when a state was saved without it. */
  history?: Item[] | undefined
  /** What was done before the pause, in words. */
  summary: string
  /** `git diff --binary` of the workspace against startSha; '' when nothing changed. */
  diff: string
}

/** Where the state belongs and what the approver saw; checked before anything runs. */
export interface SavedApproval extends ResumeState {
  version: typeof STATE_VERSION
  /** `owner/repo` and the issue or PR number whose thread holds the paused comment. */
  repo: string
  thread: number
  /** The paused run's tracking comment, which lists the commands. */
  comment: { id: number; kind: 'issue_comment' | 'review_comment' }
  /** approvalId(pending): what the approver names in `/codex approve <id>`. */
  id: string
}

/**
 * A short digest of exactly the commands (argv by argv, in order) a paused run lists: the comment
 * shows it, the approver repeats it, and the state must carry the same list for it to match.
 */
export function approvalId(pending: readonly Pick<PendingApproval, 'command'>[]): string {
  const list = JSON.stringify(pending.map((entry) => entry.command))
  return createHash('sha256').update(list).digest('hex').slice(0, 16)
}

/** The state as stored. Secrets are redacted first: a ref is as public as the repository. */
export function serializeApproval(state: SavedApproval, redact: (text: string) => string): string {
  return redact(JSON.stringify(state))
}

/** The stored state, or a reason it cannot be used. */
export function parseApproval(json: string): SavedApproval | string {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return 'the saved state is not valid JSON'
  }
  if (!isRecord(value) || value.version !== STATE_VERSION) return 'the saved state has an unknown version'
  const state = asResumeState(value)
  const { repo, thread, comment, id } = value
  if (!state || typeof repo !== 'string' || typeof thread !== 'number' || typeof id !== 'string')
    return 'the saved state is incomplete'
  if (!isRecord(comment) || typeof comment.id !== 'number') return 'the saved state names no comment'
  if (comment.kind !== 'issue_comment' && comment.kind !== 'review_comment')
    return 'the saved state names no comment'
  if (id !== approvalId(state.pending)) return 'the saved state does not match its own command list'
  return {
    ...state,
    version: STATE_VERSION,
    repo,
    thread,
    comment: { id: comment.id, kind: comment.kind },
    id,
  }
}

function asResumeState(value: Record<string, unknown>): ResumeState | undefined {
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
