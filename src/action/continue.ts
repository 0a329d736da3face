// `/codex continue [more instructions]` (and any `/codex …` on a PR the action opened): take up the
// thread's saved session — the same conversation, the workspace as it was, fresh budgets, the new
// instructions as a user turn — and publish on the same branch and PR. A session that is not the
// action's, belongs elsewhere, or whose commit is gone is refused with a reply, and nothing runs.
// The session is claimed with a compare-and-swap before anything runs: of two continues at once,
// the second is refused. A session awaiting approval is taken up without its commands (the model
// is told they did not run); only `/codex approve` (approve.ts) runs them, through the same path.
import type { GitHubClient } from '../github/client.js'
import type { TrackingComment } from '../github/comments.js'
import type { FinalReport } from '../report/render.js'
import { gatherContext } from '../github/gather.js'
import { fetchPullInfo } from '../github/pull-info.js'
import { runUrl } from '../github/types.js'
import type { GateDecision, PullInfo, Trigger } from '../github/types.js'
import { threadNumber } from './approval-comment.js'
import { fetchCommit } from '../git/checkout.js'
import { remoteFor } from '../git/remote.js'
import type { LoadedSession, SessionStore } from '../session/store.js'
import type { ActionDeps, ActionOutcome } from './deps.js'
import { sessionStore } from './session-run.js'
import type { Continuation } from './session-run.js'
import { runTask } from './task.js'
import { finishTask, refuse, startTracking } from './tracked-task.js'
import { loadTrustedConfig } from './trusted-config.js'

export interface ContinueInput {
  deps: ActionDeps
  client: GitHubClient
  trigger: Trigger
  gate: Extract<GateDecision, { allowed: true }>
  /** The PR the trigger is on, pinned by the pipeline. */
  pull: PullInfo | undefined
  /** The new instructions: the `continue` text, or a task given on the action's own PR. */
  instructions: string
  startedAt: number
}

export type Found =
  | { ok: true; loaded: Extract<LoadedSession, { ok: true }>; pull: PullInfo | undefined }
  | { ok: false; reason: string; missing?: boolean | undefined }

/**
 * The session a plain task on `pull` continues, when the PR is one the action opened and its
 * session is usable; undefined means run the task afresh.
 */
export async function sessionOfOwnPull(
  deps: ActionDeps,
  client: GitHubClient,
  trigger: Trigger,
  pull: PullInfo | undefined,
): Promise<Found | undefined> {
  if (!pull || deps.settings.mode !== 'run' || !ownBranch(deps, trigger, pull)) return undefined
  const found = await findSession(sessionStore(deps, trigger), { deps, client, trigger }, pull)
  if (!found.ok) deps.log(`no saved session continues on #${pull.number}: ${found.reason}`)
  return found.ok ? found : undefined
}

export async function runContinue(input: ContinueInput, found?: Found): Promise<ActionOutcome> {
  const { deps, client, trigger, startedAt } = input
  const store = sessionStore(deps, trigger)
  const checked = await checkSession(input, store, found)
  if (!checked.ok) return refuse(deps, client, trigger, checked.reason, startedAt)
  const { continuation, pull } = checked
  const task = `Continuing: ${input.instructions || continuation.record.task}`
  const tracker = await startTracking(deps, client, trigger, task)
  return finishTask(deps, tracker, startedAt, () =>
    runContinuation({ ...input, forceReadOnly: input.gate.forceReadOnly }, tracker, continuation, pull),
  )
}

/** A claimed session, taken up: the conversation and workspace back, published on its branch and PR. */
export async function runContinuation(
  input: Pick<ContinueInput, 'deps' | 'client' | 'trigger' | 'pull' | 'startedAt'> & {
    forceReadOnly: boolean
  },
  tracker: TrackingComment,
  continuation: Continuation,
  pull: PullInfo | undefined,
): Promise<{ report: FinalReport; commitSha?: string | undefined }> {
  const { deps, client, trigger, startedAt } = input
  const context = await gatherContext(client, trigger, { log: deps.log, pull: input.pull })
  const trusted = await loadTrustedConfig(client, deps, trigger, input.pull)
  return runTask({
    deps,
    client,
    trigger,
    context: { ...context, pull },
    trusted,
    tracker,
    forceReadOnly: input.forceReadOnly,
    startedAt,
    continuation,
    publishTrigger: pull && pull.number !== input.pull?.number ? onPull(trigger, pull) : undefined,
  })
}

/**
 * Takes the session over before anything runs: a compare-and-swap on the version read, so of two
 * runs only one gets it. Returns the version claimed, or undefined when another run was first.
 */
export async function claimSession(
  deps: ActionDeps,
  store: SessionStore,
  loaded: Extract<LoadedSession, { ok: true }>,
): Promise<string | undefined> {
  const stamp = { runUrl: runUrl(deps.env), updatedAt: new Date().toISOString() }
  try {
    return await store.claim(loaded.record, loaded.sha, stamp)
  } catch (error) {
    deps.log(`session claim failed: ${error instanceof Error ? error.message : String(error)}`)
    return undefined
  }
}

type Checked =
  { ok: true; continuation: Continuation; pull: PullInfo | undefined } | { ok: false; reason: string }

async function checkSession(input: ContinueInput, store: SessionStore, known?: Found): Promise<Checked> {
  const { deps, trigger } = input
  if (deps.settings.mode !== 'run')
    return { ok: false, reason: 'continuing a session works only with mode: run' }
  const found = known ?? (await findSession(store, input, input.pull))
  if (!found.ok) return found
  const { record } = found.loaded
  const pull = found.pull
  if (pull && pull.state !== 'open')
    return { ok: false, reason: `the session's pull request #${pull.number} is closed; start the task again` }
  const auth = remoteFor(deps.env.serverUrl, trigger.repo.owner, trigger.repo.repo, deps.settings.githubToken)
  if (pull && record.diff.trim() !== '' && pull.headSha !== record.startSha) {
    const moved = `the branch ${pull.headRef} moved since the session was saved (from ${record.startSha.slice(0, 12)} to ${pull.headSha.slice(0, 12)})`
    return { ok: false, reason: `${moved}; its saved changes would not apply: start the task again` }
  }
  if (
    !pull &&
    !(await fetchCommit(deps.env.workspace, auth, record.startSha, { tempRoot: deps.env.runnerTemp }))
  )
    return {
      ok: false,
      reason: `the session's base commit ${record.startSha.slice(0, 12)} is gone from the repository (force-pushed or deleted); start the task again`,
    }
  const active =
    record.state === 'running' ? await activeRun(input.client, trigger, record.runUrl) : undefined
  if (active !== undefined)
    return {
      ok: false,
      reason: `another run (${active}) is continuing this session right now; wait for it to end, then ask again`,
    }
  const claimed = await claimSession(deps, store, found.loaded)
  if (claimed === undefined)
    return {
      ok: false,
      reason: 'another run is continuing this session right now; wait for it to end, then ask again',
    }
  const requester = trigger.actor.login
  return {
    ok: true,
    pull,
    continuation: { record, sha: claimed, instructions: input.instructions, requester },
  }
}

/**
 * The workflow run that saved a `running` session, when GitHub says it is still going; undefined
 * when it ended or is gone (a killed runner's run is over: its session may be taken up).
 */
async function activeRun(client: GitHubClient, trigger: Trigger, url: string): Promise<string | undefined> {
  const id = /\/actions\/runs\/(\d+)/.exec(url)?.[1]
  if (id === undefined) return undefined
  try {
    const { owner, repo } = trigger.repo
    const { data } = await client.rest.actions.getWorkflowRun({ owner, repo, run_id: Number(id) })
    return data.status === 'completed' ? undefined : data.html_url
  } catch {
    return undefined
  }
}

/** The thread's own session; on one of the action's PRs, the session of the thread that opened it. */
export async function findSession(
  store: SessionStore,
  scope: { deps: ActionDeps; client: GitHubClient; trigger: Trigger },
  triggerPull: PullInfo | undefined,
): Promise<Found> {
  const { deps, trigger } = scope
  const thread = threadNumber(trigger)
  if (thread === undefined)
    return { ok: false, reason: 'this event has no comment thread to find a session in' }
  let loaded = await store.load(thread)
  const origin =
    triggerPull && ownBranch(deps, trigger, triggerPull) ? originThread(deps, triggerPull) : undefined
  if (!loaded.ok && loaded.missing === true && origin !== undefined && origin !== thread) {
    loaded = await store.load(origin)
    if (loaded.ok && loaded.record.pushed?.branch !== triggerPull?.headRef)
      return { ok: false, reason: `the session of #${origin} is not the one of this pull request's branch` }
  }
  if (!loaded.ok) return loaded
  const number = loaded.record.pushed?.pull
  const pull =
    number === undefined || number === triggerPull?.number
      ? triggerPull
      : await fetchPullInfo(scope.client, trigger.repo, number)
  return { ok: true, loaded, pull }
}

/** A same-repository PR whose head is a branch the action names (`<prefix>issue-N-…`, `<prefix>pr-N-…`). */
function ownBranch(deps: ActionDeps, trigger: Trigger, pull: PullInfo): boolean {
  const sameRepo =
    pull.headRepoFullName.toLowerCase() === `${trigger.repo.owner}/${trigger.repo.repo}`.toLowerCase()
  return !pull.isFork && sameRepo && pull.headRef.startsWith(deps.settings.branchPrefix)
}

function originThread(deps: ActionDeps, pull: PullInfo): number | undefined {
  const name = pull.headRef.slice(deps.settings.branchPrefix.length)
  const match = /^(?:issue|pr)-([1-9][0-9]*)-\d{8}-\d{4}$/.exec(name)
  return match?.[1] ? Number(match[1]) : undefined
}

/** The same trigger, as if given on `pull`: publishing then updates that PR's branch. */
export function onPull(trigger: Trigger, pull: PullInfo): Trigger | undefined {
  if (!('issue' in trigger)) return undefined
  return {
    ...trigger,
    issue: { ...trigger.issue, number: pull.number, isPullRequest: true, htmlUrl: pull.htmlUrl },
  }
}
