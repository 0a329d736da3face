// `/codex <task>` (and labels, schedules, CI failures, `/codex continue`): run the agent in the
// checkout, then let the harness publish what it changed. A run that stops early keeps its work as
// a partial draft PR (partial.ts); every run saves its session (session-run.ts).
import { actionAgentParts } from './agent-parts.js'
import type { AgentEvent } from '../protocol/events.js'
import { runAgentWithSchema } from '../agent/structured.js'
import type { AgentResult } from '../agent/loop.js'
import { sandboxRefusedEverything, toolErrorSummary } from '../agent/result.js'
import type { Budgets } from '../agent/budgets.js'
import type { Settings } from '../inputs.js'
import { renderWorking } from '../report/render.js'
import { pausedReport } from './paused.js'
import { stoppedRun } from './partial.js'
import { bundledSession } from './bundle-session.js'
import { clearPartial } from '../publish/partial-marks.js'
import { continuationOptions, endSession, restoreSession, startKeeper } from './session-run.js'
import type { SessionKeeper } from '../session/keeper.js'
import type { FinalReport } from '../report/render.js'
import { runUrl } from '../github/types.js'
import type { PullInfo, Trigger } from '../github/types.js'
import { checkoutPullHead } from '../git/checkout.js'
import { readHeadSha, remoteFor } from '../git/index.js'
import { publishChanges, PublishError, writeBundle } from '../publish/index.js'
import type { PublishResult } from '../publish/index.js'
import type { ActionDeps } from './deps.js'
import { publishRequest } from './task-input.js'
import type { TaskInput } from './task-input.js'
import { TurnLog } from './turn-log.js'
import { agentReport, editsFailedWithoutChange, publishedReport, publishFailedReport } from './task-report.js'

export async function runTask(
  input: TaskInput,
): Promise<{ report: FinalReport; commitSha?: string | undefined }> {
  const { deps, trusted, context } = input
  const workspace = deps.settings.workingDirectory
  if (context.pull) await checkoutPull(deps, input.trigger, context.pull)
  let startSha = await readHeadSha(deps.env.workspace, deps.signal)
  if (input.continuation) startSha = await restoreSession(input, startSha)
  const sandboxMode = input.forceReadOnly ? 'read-only' : trusted.config.sandboxMode
  if (input.forceReadOnly)
    deps.log('sandbox: read-only (the requester is in allow-users without write permission)')
  const parts = await actionAgentParts(deps, trusted, { sandboxMode })
  const turnLog = new TurnLog(deps)
  const keeper = startKeeper(input, startSha)
  let result: AgentResult
  try {
    result = await runAgentWithSchema(
      {
        task: context.task,
        context: context.quoted,
        images: context.images,
        projectDocs: trusted.projectDocs,
        workspace,
        ...parts,
        model: turnLog.counting(parts.model),
        ...(input.continuation ? continuationOptions(input.continuation) : {}),
        onTurnEnd: keeper && ((transcript) => keeper.onTurnEnd(transcript)),
        reasoningEffort: trusted.config.modelReasoningEffort,
        budgets: budgetsFrom(deps.settings),
        projectDocMaxBytes: trusted.config.projectDocMaxBytes,
        signal: deps.signal,
        onEvent: progressUpdater(input, turnLog, keeper),
      },
      deps.settings.outputSchema,
    )
  } finally {
    turnLog.flush()
    await parts.close?.()
  }
  const toolErrors = toolErrorSummary(result)
  if (toolErrors) deps.log(toolErrors)
  const warnings =
    sandboxMode === 'danger-full-access' ? ['danger-full-access: the agent ran without a sandbox'] : []
  if (result.status === 'awaiting-approval') {
    return { report: { ...(await pausedReport(input, result, keeper)), warnings } }
  }
  if (result.status !== 'completed' || deps.signal.aborted) {
    const stopped = await stoppedRun(input, result, startSha, keeper)
    return {
      ...stopped,
      report: { ...stopped.report, warnings: [...warnings, ...(stopped.report.warnings ?? [])] },
    }
  }
  const refused = sandboxRefusedEverything(result)
  if (refused) {
    deps.log(`failed: ${refused}`)
    await endSession(keeper, result, 'partial', undefined, deps.log)
    return {
      report: {
        ...agentReport(deps, result, input.startedAt, 'failed'),
        reason: refused,
        message: refused,
        warnings,
      },
    }
  }

  const request = publishRequest(input, result, startSha)
  if (deps.settings.mode === 'agent') {
    const session = bundledSession(input, result, startSha)
    const bundle = await writeBundle({ ...request, session }, deps.settings.bundlePath)
    deps.log(`agent mode: bundle written to ${deps.settings.bundlePath}; the publish job pushes it`)
    const failedEdits = bundle.outcome === 'no-changes' ? editsFailedWithoutChange(result) : undefined
    const conclusion = failedEdits ? 'failed' : bundle.outcome === 'no-changes' ? 'no-changes' : 'success'
    const report = agentReport(deps, result, input.startedAt, conclusion)
    return { report: { ...report, reason: failedEdits ?? report.reason, warnings } }
  }
  let published: PublishResult
  try {
    published = await publishChanges(request)
  } catch (error) {
    const report = publishFailedReport(deps, result, error, input.startedAt)
    const commitSha = error instanceof PublishError ? error.pushed?.commitSha : undefined
    const unsaved = await endSession(keeper, result, 'partial', undefined, deps.log)
    return { report: { ...report, warnings: unsaved ? [...warnings, unsaved] : warnings }, commitSha }
  }
  const unsaved = await finishSession(input, keeper, result, published)
  return {
    report: {
      ...publishedReport(deps, result, published, input.startedAt),
      warnings: unsaved ? [...warnings, unsaved] : warnings,
    },
    commitSha: published.commitSha,
  }
}

/** A finished task: a continued PR loses its partial marks; the session records where the work went. */
async function finishSession(
  input: TaskInput,
  keeper: SessionKeeper | undefined,
  result: AgentResult,
  published: PublishResult,
): Promise<string | undefined> {
  const { deps } = input
  const pull = published.pullRequest
  const sessionPull = pull?.number ?? input.continuation?.record.pushed?.pull
  if (input.continuation && sessionPull !== undefined) {
    try {
      await clearPartial(input.client, input.trigger.repo, sessionPull, { log: deps.log })
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error)
      deps.log(`could not take the partial marks off #${sessionPull}: ${why}`)
    }
  }
  const pushed =
    published.commitSha && published.branch
      ? { branch: published.branch.name, commit: published.commitSha, pull: pull?.number }
      : undefined
  return endSession(keeper, result, 'completed', pushed, deps.log)
}

/** Edits the tracking comment as the plan changes; the rest goes to the log (turn-log.ts). */
function progressUpdater(
  input: TaskInput,
  turnLog: TurnLog,
  keeper: SessionKeeper | undefined,
): (event: AgentEvent) => void {
  const command = input.trigger.command
  const task = command.kind === 'task' || command.kind === 'continue' ? command.text : ''
  return (event) => {
    turnLog.onEvent(event)
    keeper?.onEvent(event)
    if (event.type === 'item.completed' && event.item.type === 'todo_list') {
      void input.tracker.update(
        renderWorking({ runUrl: runUrl(input.deps.env), task, plan: event.item.items }),
      )
    }
  }
}

/** The agent works on the PR's own code, whatever ref the workflow checked out. */
export async function checkoutPull(deps: ActionDeps, trigger: Trigger, pull: PullInfo): Promise<void> {
  const auth = remoteFor(deps.env.serverUrl, trigger.repo.owner, trigger.repo.repo, deps.settings.githubToken)
  await checkoutPullHead(deps.env.workspace, auth, pull, {
    tempRoot: deps.env.runnerTemp,
    log: deps.log,
    signal: deps.signal,
  })
}

export function budgetsFrom(settings: Settings): Budgets {
  return {
    maxTurns: settings.maxTurns,
    timeoutMs: settings.timeoutMinutes * 60_000,
    maxCostUsd: settings.maxCostUsd,
    maxTokens: settings.maxTokens,
  }
}
