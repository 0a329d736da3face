// What a task run is handed: the stages before it (trigger, context, trusted config, tracking
// comment) and, for `/codex continue` and `/codex approve`, the session to take up; and what it hands
// to publishing.
import type { GitHubClient } from '../github/client.js'
import type { TrackingComment } from '../github/comments.js'
import type { TaskContext, Trigger } from '../github/types.js'
import type { Continuation } from './session-run.js'
import type { AgentResult } from '../agent/loop.js'
import type { PublishRequest } from '../publish/index.js'
import type { ActionDeps } from './deps.js'
import { usageFooter } from './task-report.js'
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
  /** `/codex continue` or `/codex approve`: the saved session this run takes up. */
  continuation?: Continuation | undefined
  /** Where to publish when it is not the trigger's thread (a session's PR, continued from its issue). */
  publishTrigger?: Trigger | undefined
}

/** What publishing needs from a task run: the same for a finished run and a partial one. */
export function publishRequest(input: TaskInput, result: AgentResult, startSha: string): PublishRequest {
  const { deps } = input
  return {
    workspace: deps.env.workspace,
    env: deps.env,
    client: input.client,
    token: deps.settings.githubToken,
    trigger: input.publishTrigger ?? input.trigger,
    pull: input.context.pull,
    settings: {
      ...deps.settings,
      allowWorkflowChanges: input.trusted.config.github.allowWorkflowChanges,
    },
    startSha,
    agent: { message: result.finalMessage, commands: result.commands, footer: usageFooter(result) },
    redact: (text: string) => deps.redactor.redact(text),
    requester: { login: input.trigger.actor.login },
    log: deps.log,
    signal: deps.signal,
  }
}

/** The task as first asked (a continued session's), for the partial PR's title. */
export function taskLine(input: TaskInput): string {
  const { record } = input.continuation ?? {}
  if (record) return record.task
  return input.trigger.command.kind === 'task' ? input.trigger.command.text : input.context.task
}
