// The webhook payload, read once into a Trigger (or a Skip). Pure: the payload is untrusted JSON,
// narrowed field by field; nothing here calls GitHub. Only the triggering comment (or the workflow's
// `prompt` input) becomes instructions; everything else is context that gather.ts quotes as data.
import { findCommandText, parseCommand } from './command.js'
import { fromWorkflowRun } from './event-workflow-run.js'
import { actorOf, commentOf, integer, isSkip, issueRef, record, skip, string } from './payload.js'
import type { Json } from './payload.js'
import type { Command, PullRequestAction, RunnerEnv, Skip, Trigger, TriggerComment } from './types.js'

/** What turns an event into a trigger; the action's inputs (Settings) are one such shape. */
export interface TriggerSettings {
  /** The command's first word, e.g. `/codex`, matched at the start of a line. */
  triggerPhrase: string
  /** An issue labelled with it is a task. */
  labelTrigger: string
  /** The task for events without a comment; extra instructions with one. */
  prompt: string | undefined
  /** `issues: assigned` starts a run when this login is the one assigned; off when unset. */
  assignee?: string | undefined
  /** A failed run on a fork's branch may start a fix (the `allow-fork-ci-fix` input); off when unset. */
  allowForkCiFix?: boolean | undefined
  /** The action's branch prefix: a failed run on its own `ci-fix-` branch starts no fix. */
  branchPrefix?: string | undefined
}

export function parseTrigger(env: RunnerEnv, payload: unknown, settings: TriggerSettings): Trigger | Skip {
  const event = record(payload)
  if (!event) return skip(`the ${env.eventName} event payload is not a JSON object`)
  switch (env.eventName) {
    case 'issue_comment':
      return fromIssueComment(env, event, settings)
    case 'pull_request_review_comment':
      return fromReviewComment(env, event, settings)
    case 'pull_request_review':
      return fromReview(env, event, settings)
    case 'issues':
      return fromIssues(env, event, settings)
    case 'pull_request':
    case 'pull_request_target':
      return fromPullRequest(env, event, settings)
    case 'workflow_dispatch':
    case 'schedule':
      return fromWorkflowPrompt(env, event, settings, env.eventName)
    case 'workflow_run':
      return fromWorkflowRun(env, event, settings)
    default:
      return skip(`the ${env.eventName} event does not start codex-pr-action`)
  }
}

function commandIn(body: string, settings: TriggerSettings, where: string): Command | Skip {
  const text = findCommandText(body, settings.triggerPhrase)
  if (text === undefined) return skip(`the ${where} has no line starting with '${settings.triggerPhrase}'`)
  return parseCommand(text, settings.prompt)
}

function fromIssueComment(env: RunnerEnv, event: Json, settings: TriggerSettings): Trigger | Skip {
  if (event.action !== 'created')
    return skip(`issue_comment ${String(event.action)}: edits and deletions are ignored`)
  const comment = record(event.comment)
  const issue = issueRef(record(event.issue))
  if (!comment || !issue) return skip('the issue_comment payload lacks the comment or the issue')
  const command = commandIn(string(comment.body), settings, 'comment')
  if (isSkip(command)) return command
  const triggerComment = commentOf(comment, 'issue_comment')
  if (!triggerComment) return skip('the issue_comment payload has a malformed comment')
  return {
    source: 'issue_comment',
    repo: env.repository,
    actor: actorOf(comment.user),
    command,
    issue,
    comment: triggerComment,
  }
}

function fromReviewComment(env: RunnerEnv, event: Json, settings: TriggerSettings): Trigger | Skip {
  const action = String(event.action)
  if (action !== 'created')
    return skip(`pull_request_review_comment ${action}: edits and deletions are ignored`)
  const comment = record(event.comment)
  const issue = issueRef(record(event.pull_request), true)
  if (!comment || !issue)
    return skip('the pull_request_review_comment payload lacks the comment or the pull request')
  const command = commandIn(string(comment.body), settings, 'review comment')
  if (isSkip(command)) return command
  const triggerComment = commentOf(comment, 'review_comment')
  if (!triggerComment) return skip('the pull_request_review_comment payload has a malformed comment')
  const id = triggerComment.id
  triggerComment.reviewThread = {
    path: string(comment.path),
    line: integer(comment.line) ?? integer(comment.original_line) ?? null,
    diffHunk: string(comment.diff_hunk),
    replyToId: integer(comment.in_reply_to_id) ?? id,
  }
  return {
    source: 'pull_request_review_comment',
    repo: env.repository,
    actor: actorOf(comment.user),
    command,
    issue,
    comment: triggerComment,
  }
}

function fromReview(env: RunnerEnv, event: Json, settings: TriggerSettings): Trigger | Skip {
  const action = String(event.action)
  if (action !== 'submitted') return skip(`pull_request_review ${action}: only submitted reviews can trigger`)
  const review = record(event.review)
  const issue = issueRef(record(event.pull_request), true)
  if (!review || !issue) return skip('the pull_request_review payload lacks the review or the pull request')
  const command = commandIn(string(review.body), settings, 'review')
  if (isSkip(command)) return command
  const id = integer(review.id)
  if (id === undefined) return skip('the pull_request_review payload has a malformed review')
  const comment: TriggerComment = {
    id,
    body: string(review.body),
    htmlUrl: string(review.html_url),
    createdAt: string(review.submitted_at),
    kind: 'review',
  }
  return {
    source: 'pull_request_review',
    repo: env.repository,
    actor: actorOf(review.user),
    command,
    issue,
    comment,
  }
}

function fromIssues(env: RunnerEnv, event: Json, settings: TriggerSettings): Trigger | Skip {
  const action = String(event.action)
  const issue = issueRef(record(event.issue))
  if (!issue) return skip('the issues payload lacks the issue')
  const base = { source: 'issues' as const, repo: env.repository, actor: actorOf(event.sender), issue }
  // The title is written by whoever opened the issue, like its body: both reach the model only as
  // quoted data (gather.ts), and the instruction is fixed text naming the issue by number.
  const resolve = (): Command | Skip => parseCommand(resolveIssueTask(issue.number), settings.prompt)
  if (action === 'opened') {
    const command = commandIn(issue.body, settings, 'issue body')
    return isSkip(command) ? command : { ...base, action, command }
  }
  if (action === 'labeled') {
    const label = string(record(event.label)?.name)
    if (label.toLowerCase() !== settings.labelTrigger.toLowerCase()) {
      return skip(`the label '${label}' is not the trigger label '${settings.labelTrigger}'`)
    }
    const command = resolve()
    return isSkip(command) ? command : { ...base, action, command }
  }
  if (action === 'assigned') {
    if (!settings.assignee) return skip('assigning an issue starts no run unless an assignee trigger is set')
    const assignee = string(record(event.assignee)?.login)
    if (assignee.toLowerCase() !== settings.assignee.toLowerCase()) {
      return skip(`the issue was assigned to '${assignee}', not to '${settings.assignee}'`)
    }
    const command = resolve()
    return isSkip(command) ? command : { ...base, action, command }
  }
  return skip(`issues ${action}: only opened, labeled and assigned can trigger`)
}

const REVIEWED_ACTIONS: readonly string[] = ['opened', 'synchronize', 'ready_for_review']

/**
 * A pull request opened, pushed to or marked ready: reviewed (drafts wait until they are ready).
 * The workflow's `prompt` is the review's focus; nothing the PR's author wrote is instructions.
 */
function fromPullRequest(env: RunnerEnv, event: Json, settings: TriggerSettings): Trigger | Skip {
  const action = String(event.action)
  if (!REVIEWED_ACTIONS.includes(action))
    return skip(`${env.eventName} ${action}: only opened, synchronize and ready_for_review start a review`)
  const pull = record(event.pull_request)
  const issue = issueRef(pull, true)
  if (!pull || !issue) return skip(`the ${env.eventName} payload lacks the pull request`)
  if (pull.draft === true) return skip('the pull request is a draft; it is reviewed once marked ready')
  return {
    source: 'pull_request',
    action: action as PullRequestAction,
    repo: env.repository,
    actor: actorOf(event.sender),
    command: { kind: 'review', text: settings.prompt?.trim() ?? '' },
    issue,
  }
}

function fromWorkflowPrompt(
  env: RunnerEnv,
  event: Json,
  settings: TriggerSettings,
  source: 'workflow_dispatch' | 'schedule',
): Trigger | Skip {
  const prompt = settings.prompt?.trim()
  if (!prompt) return skip(`a ${source} run needs the task in the \`prompt\` (or \`prompt-file\`) input`)
  const actor = record(event.sender) ? actorOf(event.sender) : { login: env.actor, type: 'User' as const }
  return { source, repo: env.repository, actor, command: { kind: 'task', text: prompt } }
}

/** The task of a labelled or assigned issue: harness text only, never the issue's own words. */
export function resolveIssueTask(number: number): string {
  return `Resolve issue #${number}, quoted below as data: its title and description say what is wrong or wanted.`
}
