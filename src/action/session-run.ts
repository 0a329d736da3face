// A task run's session: kept as the run goes (session/keeper.ts), put back when the run continues
// a saved one, and saved at the end with where the work went. Only `mode: run` with a comment
// thread keeps sessions this way: two-job mode's agent job has no token that could push the
// record, so it bundles it for the publish job to save (bundle-session.ts).
import type { AgentResult } from '../agent/loop.js'
import { threadNumber } from './approval-comment.js'
import type { Trigger } from '../github/types.js'
import { runUrl } from '../github/types.js'
import { checkoutCommit } from '../git/checkout.js'
import { applyWorkspaceDiff } from '../git/resume-diff.js'
import { SessionKeeper } from '../session/keeper.js'
import type { SessionRecord, SessionState } from '../session/record.js'
import { SessionStore } from '../session/store.js'
import { pruneSessions } from '../session/prune.js'
import type { GitHubClient } from '../github/client.js'
import { errorMessage } from '../common/errors.js'
import type { ActionDeps } from './deps.js'
import type { TaskInput } from './task-input.js'

/** `/codex continue`: the saved session this run takes over (claimed at version `sha`). */
export interface Continuation {
  record: SessionRecord
  sha: string
  /** The continuing comment's instructions; '' for none. */
  instructions: string
  requester: string
  /** `/codex approve`: who approved the commands the session waits on (each may run once). */
  approvedBy?: string | undefined
}

/**
 * The store for this repository. No abort signal: a cancelled run still saves its session, and
 * every git command is bounded in time anyway (git/run.ts).
 */
export function sessionStore(deps: ActionDeps, trigger: Trigger): SessionStore {
  return new SessionStore({
    serverUrl: deps.env.serverUrl,
    owner: trigger.repo.owner,
    repo: trigger.repo.repo,
    token: deps.settings.githubToken,
    tempRoot: deps.env.runnerTemp,
    redact: (text) => deps.redactor.redact(text),
  })
}

/** The thread whose session a task run keeps: a continued session's own, else the trigger's. */
export function sessionThread(input: TaskInput): number | undefined {
  return input.continuation?.record.thread ?? threadNumber(input.trigger)
}

export function startKeeper(input: TaskInput, startSha: string): SessionKeeper | undefined {
  const { deps } = input
  const thread = sessionThread(input)
  if (thread === undefined || deps.settings.mode !== 'run') return undefined
  const previous = input.continuation
  const task = previous
    ? [previous.record.task, previous.instructions].filter((part) => part.trim() !== '').join('\n\n')
    : input.context.task
  return new SessionKeeper({
    store: sessionStore(deps, input.trigger),
    thread,
    task,
    startSha,
    workspace: deps.env.workspace,
    tempRoot: deps.env.runnerTemp,
    runUrl: runUrl(deps.env),
    log: deps.log,
    previous: previous && { record: previous.record, sha: previous.sha },
  })
}

/**
 * The saved workspace back in this checkout: its diff applied on the commit it was taken against.
 * Returns the commit the run now starts from.
 */
export async function restoreSession(input: TaskInput, headSha: string): Promise<string> {
  const { deps } = input
  const record = input.continuation?.record
  if (!record || record.diff.trim() === '') return headSha
  let start = headSha
  if (headSha !== record.startSha) {
    if (input.context.pull) {
      throw new Error(
        `the branch moved since the session was saved (it was at ${record.startSha.slice(0, 12)}, now ${headSha.slice(0, 12)}); start the task again`,
      )
    }
    // continue.ts fetched the commit before claiming the session.
    await checkoutCommit(deps.env.workspace, record.startSha, { tempRoot: deps.env.runnerTemp })
    start = record.startSha
  }
  await applyWorkspaceDiff(deps.env.workspace, start, record.diff, { tempRoot: deps.env.runnerTemp })
  deps.log(`session: the saved changes are back on ${start.slice(0, 12)}`)
  return start
}

/** The conversation and the new user turn for a continued run; approved commands may run once. */
export function continuationOptions(continuation: Continuation) {
  const { record, instructions, requester, approvedBy } = continuation
  const history = record.transcript
  const pending = record.approval?.pending ?? []
  if (approvedBy !== undefined && pending.length > 0) {
    const note = [
      `@${approvedBy} approved these commands; each may now run once, exactly as written (same argv):`,
      ...pending.map((entry) => `- ${JSON.stringify(entry.command)}`),
      'Run them now and continue the task. The workspace already holds the changes made before the pause.',
    ].join('\n')
    return { approvedCommands: pending.map((entry) => entry.command), resume: { history, note } }
  }
  const why = record.state === 'completed' ? 'The previous run finished' : `The previous run stopped`
  const reason = record.reason ? ` (${record.reason})` : ''
  // Continuing a paused session is not approving it: its commands stay unrun, and say so.
  const unapproved =
    pending.length > 0
      ? `\n\nThe commands that were waiting for approval were not approved and did not run: ${pending.map((entry) => JSON.stringify(entry.command)).join(', ')}.`
      : ''
  const asked = instructions.trim()
    ? `@${requester} asks to continue, with these instructions:\n\n${instructions.trim()}`
    : `@${requester} asks to continue: pick up where you left off and finish the task.`
  const note = `${why}${reason}. ${asked}${unapproved}\n\nThe workspace holds every change made so far.`
  return { resume: { history, note } }
}

/** The last save of the run; a message for the report when it failed (the run's work stands). */
export async function endSession(
  keeper: SessionKeeper | undefined,
  result: AgentResult,
  state: SessionState,
  pushed: SessionRecord['pushed'],
  log: (line: string) => void,
): Promise<string | undefined> {
  if (!keeper) return undefined
  try {
    await keeper.finish(result, state, pushed)
    const timings = keeper.timings
    if (timings.length > 0) {
      const total = timings.reduce((sum, entry) => sum + entry.diffMs + entry.pushMs, 0)
      log(`session: saved after ${timings.length} turn(s), ${Math.round(total / timings.length)} ms each`)
    }
    return undefined
  } catch (error) {
    const why = errorMessage(error)
    log(`session: could not be saved: ${why}`)
    return `the session could not be saved, so \`/codex continue\` cannot pick this run up (${why.split('\n')[0] ?? why})`
  }
}

/**
 * After a task run: delete the sessions whose PR was merged or closed (or whose issue was closed),
 * a few per run, the run's own kept. Best-effort: a failure is logged and costs nothing else.
 */
export async function pruneClosedSessions(
  deps: ActionDeps,
  client: GitHubClient,
  trigger: Trigger,
): Promise<void> {
  try {
    await pruneSessions(sessionStore(deps, trigger), client, trigger.repo, {
      log: deps.log,
      keep: threadNumber(trigger),
      limit: 20,
    })
  } catch (error) {
    deps.log(`sessions of closed threads not cleaned up: ${errorMessage(error)}`)
  }
}
