// `/codex approve`: find the paused run's state in the thread and mark it used. Only a comment
// written by the identity this run's own token writes as is trusted — never one by a person or by
// another bot, whatever markers it carries — so the state cannot be planted.
import { PER_PAGE, type GitHubClient } from './client.js'
import { editComment, threadOf } from './comment-thread.js'
import type { CommentRef } from './comment-thread.js'
import { decodeResumeState, STATE_MARKER } from './approval-state.js'
import type { ResumeState } from './approval-state.js'
import type { Trigger } from './types.js'

export type FoundState =
  { ok: true; state: ResumeState; comment: CommentRef; body: string } | { ok: false; reason: string }

interface ListedComment {
  id: number | bigint
  body?: string | null | undefined
  user: { id: number | bigint } | null
}

/** The newest state written by our own identity, found through `own` (a comment this run wrote). */
export async function findResumeState(
  client: GitHubClient,
  trigger: Trigger,
  own: CommentRef,
): Promise<FoundState> {
  const thread = threadOf(trigger)
  if (!thread) return { ok: false, reason: 'this event has no comment thread to find a pending approval in' }
  const self = await authorOf(client, trigger, own)
  if (self === undefined)
    return { ok: false, reason: "could not confirm the action's own identity on GitHub" }
  const { owner, repo } = thread.repo
  const comments: ListedComment[] =
    thread.kind === 'issue'
      ? await client.paginate(client.rest.issues.listComments, {
          owner,
          repo,
          issue_number: thread.issueNumber,
          per_page: PER_PAGE,
        })
      : await client.paginate(client.rest.pulls.listReviewComments, {
          owner,
          repo,
          pull_number: thread.pullNumber,
          per_page: PER_PAGE,
        })
  const candidate = comments
    .filter((comment) => Number(comment.user?.id) === self && Number(comment.id) !== own.id)
    .filter((comment) => (comment.body ?? '').includes(STATE_MARKER))
    .sort((a, b) => Number(b.id) - Number(a.id))[0]
  if (!candidate) return { ok: false, reason: 'no run in this thread is waiting for approval' }
  const body = candidate.body ?? ''
  const state = decodeResumeState(body)
  if (!state) return { ok: false, reason: 'the paused run’s saved state could not be read' }
  return { ok: true, state, comment: { id: Number(candidate.id), kind: own.kind }, body }
}

/** Removes the state from the paused run's comment, so one approval resumes it once. */
export async function markApprovalUsed(
  client: GitHubClient,
  trigger: Trigger,
  found: Extract<FoundState, { ok: true }>,
  note: string,
): Promise<void> {
  const body = found.body.replace(/<!-- codex-pr-action:approval-state [^>]*-->/g, '').trimEnd()
  await editComment(client, trigger.repo, found.comment, `${body}\n\n${note}`)
}

async function authorOf(
  client: GitHubClient,
  trigger: Trigger,
  ref: CommentRef,
): Promise<number | undefined> {
  const params = { owner: trigger.repo.owner, repo: trigger.repo.repo, comment_id: ref.id }
  const response =
    ref.kind === 'issue_comment'
      ? await client.rest.issues.getComment(params)
      : await client.rest.pulls.getReviewComment(params)
  const id = response.data.user?.id
  return id === undefined ? undefined : Number(id)
}
