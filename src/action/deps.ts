// What every stage of the action is handed (ActionDeps) and returns (ActionOutcome), and the
// reports every stage may end with. The pipeline orders the stages; they all import this, not it.
import type { Settings } from '../inputs.js'
import type { Redactor } from '../common/redact.js'
import type { FinalReport } from '../report/render.js'
import { runUrl } from '../github/types.js'
import type { RunnerEnv } from '../github/types.js'
import { ZERO_USAGE } from '../model/types.js'
import { errorMessage } from '../common/errors.js'

export interface ActionDeps {
  env: RunnerEnv
  settings: Settings
  payload: unknown
  processEnv: NodeJS.ProcessEnv
  redactor: Redactor
  log: (line: string) => void
  /** A warning annotation: something the workflow's owner should fix. */
  warn: (line: string) => void
  /** A collapsible section of the log (`::group::`): one turn's commands, one patch's files. */
  logGroup: (title: string, lines: string[]) => void
  signal: AbortSignal
  /** Called once the tracking comment exists, so post.js can mark it cancelled if main dies. */
  onTrackingComment: (ref: { id: number; kind: 'issue_comment' | 'review_comment' }) => void
  /** Called when a cancelled run leaves changes for post.js to push (cancelled-work.ts). */
  onCancelledWork: (state: string) => void
}

export interface ActionOutcome {
  report: FinalReport
  commentUrl?: string | undefined
  commitSha?: string | undefined
}

/** How every comment of the run is posted: redacted, logged, a missing permission a warning. */
export function commentOptions(deps: Pick<ActionDeps, 'redactor' | 'log' | 'warn'>) {
  return { redactor: deps.redactor, log: deps.log, warn: deps.warn }
}

export function emptyReport(
  env: RunnerEnv,
  conclusion: FinalReport['conclusion'],
  message: string,
  startedAt: number,
): FinalReport {
  return {
    conclusion,
    message,
    reason: conclusion === 'skipped' || conclusion === 'refused' ? message : undefined,
    durationMs: Date.now() - startedAt,
    turns: 0,
    usage: ZERO_USAGE,
    runUrl: runUrl(env),
  }
}

export function failureReport(deps: ActionDeps, error: unknown, startedAt: number): FinalReport {
  const cancelled = deps.signal.aborted
  const message = errorMessage(error)
  deps.log(`${cancelled ? 'cancelled' : 'failed'}: ${message}`)
  return {
    ...emptyReport(deps.env, cancelled ? 'cancelled' : 'failed', message, startedAt),
    reason: cancelled ? 'the run was cancelled' : message,
  }
}
