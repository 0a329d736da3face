// What a session paused for approval holds besides the conversation: the commands waiting for a
// person, why each needs one, the paused run's comment that lists them, and the approval id — a
// digest of exactly those commands, which the approver repeats in `/codex approve <id>`. Read back
// defensively: a record is data from the repository.
import { createHash } from 'node:crypto'
import { isObject } from '../common/shapes.js'

/** A command the sandbox rules held for a person (sandbox/rules.ts PendingApproval, structurally). */
export interface PendingCommand {
  command: string[]
  justification: string
  /** Why it needs approval: the rule, the model's request, or an unreadable script. */
  reason: string
}

export interface SessionApproval {
  /** approvalId(pending): what the approver names in `/codex approve <id>`. */
  id: string
  pending: PendingCommand[]
  /** The issue or PR whose thread holds the paused comment; an approval counts only there. */
  thread: number
  /** The paused run's tracking comment, which lists the commands. */
  comment: { id: number; kind: 'issue_comment' | 'review_comment' }
}

/**
 * A short digest of exactly the commands (argv by argv, in order) a paused run lists: the comment
 * shows it, the approver repeats it, and the record must carry the same list for it to match.
 */
export function approvalId(pending: readonly Pick<PendingCommand, 'command'>[]): string {
  const list = JSON.stringify(pending.map((entry) => entry.command))
  return createHash('sha256').update(list).digest('hex').slice(0, 16)
}

/** The stored approval, or why it cannot be used. */
export function parseApproval(value: unknown): SessionApproval | string {
  if (!isObject(value)) return 'the saved session awaits approval but lists no commands'
  const { id, pending, thread, comment } = value
  if (!Array.isArray(pending) || pending.length === 0 || !pending.every(isPendingCommand))
    return 'the saved session awaits approval but lists no commands'
  if (typeof thread !== 'number' || !Number.isInteger(thread) || thread < 1)
    return 'the saved session awaits approval in no thread'
  if (!isObject(comment) || typeof comment.id !== 'number') return 'the saved session names no paused comment'
  if (comment.kind !== 'issue_comment' && comment.kind !== 'review_comment')
    return 'the saved session names no paused comment'
  if (id !== approvalId(pending)) return 'the saved session does not match its own command list'
  return { id, pending, thread, comment: { id: comment.id, kind: comment.kind } }
}

function isPendingCommand(value: unknown): value is PendingCommand {
  return (
    isObject(value) &&
    Array.isArray(value.command) &&
    value.command.length > 0 &&
    value.command.every((word) => typeof word === 'string') &&
    typeof value.justification === 'string' &&
    typeof value.reason === 'string'
  )
}
