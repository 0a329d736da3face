// A cancelled run's changes, handed from the main step to the post step. On GitHub, cancelling a
// job sends the main step SIGINT, then SIGTERM 7.5 s later, then kills it: too short to push a
// branch and open a PR safely. So main stops the agent (its commands are killed with it), saves the
// session, and records here — in the action's state, which only the harness writes (the sandbox
// never sees the runner's file commands) — what the post step needs to push the work exactly as a
// budget stop would: the start commit, a digest of the workspace diff it saw, where to publish,
// and the report so far. Post (cancelled-post.ts) publishes only when the workspace still holds
// exactly that diff.
import { createHash } from 'node:crypto'
import type { AgentResult } from '../agent/loop.js'
import { errorMessage } from '../common/errors.js'
import { captureWorkspaceDiff } from '../git/resume-diff.js'
import type { PullInfo } from '../github/types.js'
import type { SessionKeeper } from '../session/keeper.js'
import type { FinalReport } from '../report/render.js'
import { sessionThread } from './session-run.js'
import { taskLine } from './task-input.js'
import type { TaskInput } from './task-input.js'
import { leftToDo, usageFooter } from './task-report.js'
import { FULL_SHA, isObject } from '../common/shapes.js'

const WORK_VERSION = 1
/** The state reaches post as an environment variable: kept well under Linux's 128 KiB per string. */
const MAX_STATE_BYTES = 48_000

export interface CancelledWork {
  version: typeof WORK_VERSION
  /** The commit the changes are against (the new commit's parent). */
  startSha: string
  /** sha256 of the workspace diff main saw after the agent stopped. */
  diffDigest: string
  /** The PR the run worked on, pinned when the run began. */
  pull?: PullInfo | undefined
  /** A continued session publishes on its own PR, not the thread the comment was on. */
  publishOn?: number | undefined
  allowWorkflowChanges: boolean
  /** The task as first asked, for the partial PR's title. */
  task: string
  /** The session's thread, to record where the work went. */
  thread?: number | undefined
  footer: string
  /** Plan steps not done. */
  left: string[]
  /** The cancelled report as main wrote it, before anything was pushed. */
  report: FinalReport
}

/**
 * Main's side: when the cancelled run changed anything, records the work for the post step and
 * returns it; undefined when there is nothing to push (or its diff could not be read).
 */
export async function deferCancelledWork(
  input: TaskInput,
  result: AgentResult,
  startSha: string,
  report: FinalReport,
  keeper: SessionKeeper | undefined,
): Promise<CancelledWork | undefined> {
  const { deps } = input
  let digest: string
  try {
    // The run's session keeper has the work tree's stat data already: on a large repository that
    // saves hashing every file again inside the seconds the runner leaves after SIGINT.
    digest = keeper
      ? digestOf(await keeper.workspaceDiff())
      : await workspaceDigest(deps.env.workspace, startSha, deps.env.runnerTemp)
  } catch (error) {
    deps.log(`cancelled: the changes could not be read, so they are not pushed: ${errorMessage(error)}`)
    return undefined
  }
  if (digest === '') {
    deps.log('cancelled: nothing changed, nothing to push')
    return undefined
  }
  const work: CancelledWork = {
    version: WORK_VERSION,
    startSha,
    diffDigest: digest,
    pull: input.context.pull,
    publishOn: input.publishTrigger && input.context.pull?.number,
    allowWorkflowChanges: input.trusted.config.github.allowWorkflowChanges,
    task: taskLine(input).slice(0, 4_000),
    thread: sessionThread(input),
    footer: usageFooter(result),
    left: leftToDo(result),
    report,
  }
  deps.onCancelledWork(serializeCancelledWork(work))
  deps.log("cancelled: the changes so far are left for this job's post step to push")
  return work
}

/** sha256 of the workspace diff against `startSha`; '' when nothing changed. */
export async function workspaceDigest(
  workspace: string,
  startSha: string,
  tempRoot: string,
): Promise<string> {
  return digestOf(await captureWorkspaceDiff(workspace, startSha, { tempRoot }))
}

function digestOf(diff: string): string {
  return diff === '' ? '' : createHash('sha256').update(diff).digest('hex')
}

/** The state's text; a long command log or message is cut so the state stays small. */
export function serializeCancelledWork(work: CancelledWork): string {
  const full = JSON.stringify(work)
  if (Buffer.byteLength(full) <= MAX_STATE_BYTES) return full
  const commands = (work.report.commands ?? []).slice(-20).map((run) => ({
    ...run,
    command: run.command.length > 400 ? `${run.command.slice(0, 399)}…` : run.command,
  }))
  const message = work.report.message.slice(0, 8_000)
  return JSON.stringify({
    ...work,
    left: work.left.slice(0, 30).map((step) => step.slice(0, 300)),
    report: { ...work.report, commands, message },
  })
}

/** The state as post reads it back, or why it cannot be used. */
export function parseCancelledWork(text: string): CancelledWork | string {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return 'the saved state is not JSON'
  }
  if (!isObject(value) || value.version !== WORK_VERSION) return 'the saved state has an unknown version'
  const { startSha, diffDigest, task, footer, report, left } = value
  if (typeof startSha !== 'string' || !FULL_SHA.test(startSha)) return 'the saved state names no start commit'
  if (typeof diffDigest !== 'string' || !/^[0-9a-f]{64}$/.test(diffDigest))
    return 'the saved state has no digest of the changes'
  if (typeof task !== 'string' || typeof footer !== 'string') return 'the saved state is incomplete'
  if (!isObject(report) || typeof report.message !== 'string' || typeof report.runUrl !== 'string')
    return 'the saved state has no report'
  return {
    version: WORK_VERSION,
    startSha,
    diffDigest,
    pull: isObject(value.pull) ? (value.pull as unknown as PullInfo) : undefined,
    publishOn: typeof value.publishOn === 'number' ? value.publishOn : undefined,
    allowWorkflowChanges: value.allowWorkflowChanges === true,
    task,
    thread: typeof value.thread === 'number' ? value.thread : undefined,
    footer,
    left: Array.isArray(left) ? left.filter((step): step is string => typeof step === 'string') : [],
    report: report as unknown as FinalReport,
  }
}
