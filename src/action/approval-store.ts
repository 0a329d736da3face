// Where a paused run's state is kept: `refs/codex-pr-action/approvals/<issue-or-PR number>` in the
// repository, one record (git/ref-store.ts) written with the action's token after the sandbox is
// gone. The model has no token and a person without write permission cannot push, so nothing they
// write — a comment, a final message, an answer — can become a state that `/codex approve` trusts.
import { approvalId, parseApproval, serializeApproval, STATE_VERSION } from './approval-state.js'
import type { ResumeState, SavedApproval } from './approval-state.js'
import type { CommentRef } from '../github/comment-thread.js'
import type { Trigger } from '../github/types.js'
import { remoteFor } from '../git/remote.js'
import { deleteRecord, readRecord, storeRef, writeRecord } from '../git/ref-store.js'
import type { ActionDeps } from './deps.js'
import { errorMessage } from '../common/errors.js'

const STATE_FILE = 'state.json'

export type LoadedApproval = { ok: true; state: SavedApproval; sha: string } | { ok: false; reason: string }

/** Saves the state for the paused comment `comment`; returns the id the approver must name. */
export async function saveApproval(
  deps: ActionDeps,
  trigger: Trigger,
  thread: number,
  comment: CommentRef,
  state: ResumeState,
): Promise<string> {
  const id = approvalId(state.pending)
  const saved: SavedApproval = {
    ...state,
    version: STATE_VERSION,
    repo: repoName(trigger),
    thread,
    comment: { id: comment.id, kind: comment.kind },
    id,
  }
  const json = serializeApproval(saved, (text) => deps.redactor.redact(text))
  const title = `codex-pr-action approval state for #${thread}`
  await writeRecord(auth(deps, trigger), approvalRef(thread), { [STATE_FILE]: json }, title, options(deps))
  deps.log(`approval state saved at ${approvalRef(thread)} (id ${id})`)
  return id
}

/** The state saved for this thread, verified to belong to it; or why there is none to use. */
export async function loadApproval(
  deps: ActionDeps,
  trigger: Trigger,
  thread: number,
): Promise<LoadedApproval> {
  const ref = approvalRef(thread)
  const record = await readRecord(auth(deps, trigger), ref, [STATE_FILE], options(deps))
  if (!record) return { ok: false, reason: 'no run in this thread is waiting for approval' }
  const state = parseApproval(record.files.get(STATE_FILE)?.toString('utf8') ?? '')
  if (typeof state === 'string') return { ok: false, reason: `${state} (${ref})` }
  if (state.repo !== repoName(trigger) || state.thread !== thread)
    return { ok: false, reason: `the saved state at ${ref} belongs to another thread` }
  return { ok: true, state, sha: record.sha }
}

/** Removes the state, so one approval resumes once; false when another approval took it first. */
export async function consumeApproval(
  deps: ActionDeps,
  trigger: Trigger,
  thread: number,
  sha: string,
): Promise<boolean> {
  try {
    await deleteRecord(auth(deps, trigger), approvalRef(thread), sha, options(deps))
    return true
  } catch (error) {
    deps.log(`could not remove the approval state: ${errorMessage(error)}`)
    return false
  }
}

export function approvalRef(thread: number): string {
  return storeRef('approvals', String(thread))
}

function repoName(trigger: Trigger): string {
  return `${trigger.repo.owner}/${trigger.repo.repo}`
}

function auth(deps: ActionDeps, trigger: Trigger) {
  return remoteFor(deps.env.serverUrl, trigger.repo.owner, trigger.repo.repo, deps.settings.githubToken)
}

function options(deps: ActionDeps) {
  return { tempRoot: deps.env.runnerTemp, signal: deps.signal }
}
