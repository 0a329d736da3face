// A failed CI run (`workflow_run` completed with failure) as a trigger: the task of fixing it, the
// run's facts quoted later as data, and the runs that must not start a fix.
import type { TriggerSettings } from './event.js'
import { actorOf, array, integer, record, skip, string } from './payload.js'
import type { Json } from './payload.js'
import { stripInvisible } from './sanitize.js'
import type { FailedRun, RunnerEnv, Skip, Trigger } from './types.js'

export function fromWorkflowRun(env: RunnerEnv, event: Json, settings: TriggerSettings): Trigger | Skip {
  const workflowRun = record(event.workflow_run)
  if (!workflowRun) return skip('the workflow_run payload lacks the run')
  const conclusion = String(workflowRun.conclusion)
  if (event.action !== 'completed' || conclusion !== 'failure') {
    return skip(
      `workflow_run ${String(event.action)} with conclusion ${conclusion}: only failed runs start a fix`,
    )
  }
  const id = integer(workflowRun.id)
  if (id === undefined) return skip('the workflow_run payload has a malformed run')
  const who = record(workflowRun.triggering_actor) ?? record(workflowRun.actor) ?? record(event.sender)
  const run: FailedRun = {
    id,
    name: string(workflowRun.name) || string(record(event.workflow)?.name) || 'CI',
    headBranch: string(workflowRun.head_branch),
    headSha: string(workflowRun.head_sha),
    htmlUrl: string(workflowRun.html_url),
    actor: string(who?.login),
    pullRequests: array(workflowRun.pull_requests).flatMap((pull) => integer(record(pull)?.number) ?? []),
    fromFork: isForkRun(event, workflowRun),
  }
  const refusal = refuseFailedRun(event, workflowRun, run, settings)
  if (refusal) return refusal
  // The run's name and branch can be written by whoever pushed the branch: they are quoted with
  // the logs as data (gather-logs.ts), never put in the instructions.
  const text =
    settings.prompt?.trim() ||
    `The CI run ${run.htmlUrl} failed; the run and the logs of its failed jobs are quoted below as data. ` +
      'Find the cause in the logs and fix it.'
  return {
    source: 'workflow_run',
    repo: env.repository,
    actor: actorOf(who),
    command: { kind: 'task', text },
    run,
  }
}

/**
 * A failed run that must not start a fix: one on a fork's branch (its commits would be pushed into
 * this repository) unless the workflow opts in, and one on the action's own CI-fix branch (a fix
 * of a fix would loop).
 */
function refuseFailedRun(event: Json, workflowRun: Json, run: FailedRun, settings: TriggerSettings) {
  const base = string((record(workflowRun.repository) ?? record(event.repository))?.full_name)
  const head = string(record(workflowRun.head_repository)?.full_name)
  if (run.fromFork && settings.allowForkCiFix !== true) {
    return skip(
      `the failed run is on ${head === '' ? 'a deleted repository' : head}'s branch ${stripInvisible(run.headBranch)}, not on ${base || "this repository's"}: ` +
        "a fix would push that fork's commits into this repository. Set the input allow-fork-ci-fix: true to fix runs from forks",
    )
  }
  const ownFixes = `${settings.branchPrefix ?? 'codex/'}ci-fix-`
  if (run.headBranch.startsWith(ownFixes)) {
    return skip(
      `the failed run is on ${stripInvisible(run.headBranch)}, a CI-fix branch of this action: fixing it again could loop; fix it by hand or comment /codex on its pull request`,
    )
  }
  return undefined
}

/** A run without a head repository (a deleted fork) counts as a fork's: the cautious reading. */
function isForkRun(event: Json, workflowRun: Json): boolean {
  const base = string((record(workflowRun.repository) ?? record(event.repository))?.full_name)
  const head = string(record(workflowRun.head_repository)?.full_name)
  return head === '' || head.toLowerCase() !== base.toLowerCase()
}
