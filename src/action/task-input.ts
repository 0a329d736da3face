// What a task run is handed: the stages before it (trigger, context, trusted config, tracking
// comment) and, for `/codex approve`, the paused run to resume.
import type { GitHubClient } from '../github/client.js'
import type { TrackingComment } from '../github/comments.js'
import type { TaskContext, Trigger } from '../github/types.js'
import type { ResumeState } from './approval-state.js'
import type { ActionDeps } from './deps.js'
import type { TrustedConfig } from './trusted-config.js'

export interface TaskInput {
  deps: ActionDeps
  client: GitHubClient
  trigger: Trigger
  context: TaskContext
  trusted: TrustedConfig
  tracker: TrackingComment
  forceReadOnly: boolean
  startedAt: number
  /** `/codex approve`: resume this paused run with its commands approved once. */
  resume?: { state: ResumeState; approver: string } | undefined
}
