// The GitHub front end's vocabulary: the runner's environment, the event parsed into a trigger,
// the gathered context, and the conclusion. Every stage between the event and the report speaks
// these types; nothing outside src/github/ reads webhook payloads.
import type { ModelImage } from '../protocol/images.js'

export interface RepoRef {
  owner: string
  repo: string
}

/** What the runner tells every action through GITHUB_* and RUNNER_* variables. */
export interface RunnerEnv {
  eventName: string
  eventPath: string
  repository: RepoRef
  /** GITHUB_SERVER_URL without a trailing slash, e.g. https://github.com. */
  serverUrl: string
  /** GITHUB_API_URL without a trailing slash. */
  apiUrl: string
  runId: string
  runAttempt: string
  /** GITHUB_ACTOR: who started the workflow run. */
  actor: string
  sha: string
  ref: string
  workspace: string
  runnerTemp: string
  workflow: string
}

export function runUrl(env: RunnerEnv): string {
  return `${env.serverUrl}/${env.repository.owner}/${env.repository.repo}/actions/runs/${env.runId}`
}

export type Command =
  /** `/codex <task>`: edit, then publish. */
  | { kind: 'task'; text: string }
  /** `/codex ask <question>`: read-only answer as a reply. */
  | { kind: 'ask'; text: string }
  /** `/codex review [focus]`, or a `pull_request` event: a read-only run, then one PR review. */
  | { kind: 'review'; text: string }
  /** `/codex status`: provider, model, sandbox, version, one cheap model call. */
  | { kind: 'status' }
  /** `/codex approve`: resume a run that awaits approval. */
  | { kind: 'approve'; text: string }
  /** `/codex continue [more instructions]`: resume the thread's saved session. */
  | { kind: 'continue'; text: string }
  /** The trigger phrase alone (or `ask` without a question): a short usage reply, no model call. */
  | { kind: 'help' }

export interface Actor {
  login: string
  type: 'User' | 'Bot' | 'Organization'
}

/** The comment, review or review comment that holds the command. */
export interface TriggerComment {
  id: number
  body: string
  htmlUrl: string
  createdAt: string
  /** `issue_comment`, `review_comment` or `review`: which API family edits / replies to it. */
  kind: 'issue_comment' | 'review_comment' | 'review'
  /** For review comments: the file, line and hunk under discussion, and the thread to reply in. */
  reviewThread?: { path: string; line: number | null; diffHunk: string; replyToId: number } | undefined
}

export interface IssueRef {
  number: number
  title: string
  body: string
  htmlUrl: string
  author: string
  isPullRequest: boolean
  /** A review event's `pull_request.head.sha`: the commit GitHub recorded as the head when it happened. */
  headShaAtEvent?: string | undefined
}

export interface FailedRun {
  id: number
  name: string
  headBranch: string
  headSha: string
  htmlUrl: string
  /** Who triggered the failed run; the gate checks this person. */
  actor: string
  /** Numbers of PRs the run belongs to (same-repo only, as GitHub reports them). */
  pullRequests: number[]
  /** The run's head is a fork's branch (or a deleted repository's): its commits are not ours. */
  fromFork: boolean
}

interface TriggerBase {
  repo: RepoRef
  /** The person (or bot) whose permission the gate checks. */
  actor: Actor
  command: Command
}

export type Trigger =
  | (TriggerBase & { source: 'issue_comment'; issue: IssueRef; comment: TriggerComment })
  | (TriggerBase & { source: 'pull_request_review_comment'; issue: IssueRef; comment: TriggerComment })
  | (TriggerBase & { source: 'pull_request_review'; issue: IssueRef; comment: TriggerComment })
  | (TriggerBase & { source: 'issues'; action: 'opened' | 'labeled' | 'assigned'; issue: IssueRef })
  /** `pull_request` / `pull_request_target` opened, synchronize or ready_for_review: a review. */
  | (TriggerBase & { source: 'pull_request'; action: PullRequestAction; issue: IssueRef })
  | (TriggerBase & { source: 'workflow_dispatch' | 'schedule' })
  | (TriggerBase & { source: 'workflow_run'; run: FailedRun })

export type PullRequestAction = 'opened' | 'synchronize' | 'ready_for_review'

/** An event that is not a task: the action ends `skipped`, exit 0, posting nothing. */
export interface Skip {
  source: 'skip'
  reason: string
}

/** Details of the PR a trigger is about, fetched from the API (payloads of comments lack them). */
export interface PullInfo {
  number: number
  state: 'open' | 'closed'
  draft: boolean
  headRef: string
  headSha: string
  /** `owner/repo` of the head; differs from the base repo for forks. */
  headRepoFullName: string
  isFork: boolean
  baseRef: string
  baseSha: string
  htmlUrl: string
  /** When GitHub last changed the PR (a push to its head among other things); server time. */
  updatedAt?: string | undefined
}

/** Who may trigger, decided before any model call. */
export type GateDecision =
  | {
      allowed: true
      permission: 'admin' | 'maintain' | 'write' | 'allow-listed' | 'not-needed'
      forceReadOnly: boolean
    }
  | { allowed: false; reason: string }

/** The context handed to the agent: the task (instructions) apart from quoted, sanitised data. */
export interface TaskContext {
  /** Only the triggering command's text (plus the `prompt` input): the instructions. */
  task: string
  /** Quoted data blocks, each already sanitised and labelled as data. */
  quoted: string[]
  /** The PR, when the trigger is about one. */
  pull?: PullInfo | undefined
  /** Images attached to the trigger comment and the issue or PR body, fetched from GitHub. */
  images?: ModelImage[] | undefined
}

/**
 * A thread's saved session as `/codex status` lists it: where its work went (branch, PR) and how
 * far it got. Stored by session/, shown by report/: both speak the thread's vocabulary here.
 */
export interface SessionSummary {
  /** The issue or PR whose session it is. */
  thread: number
  /**
   * `running`, `partial`, `completed`, `awaiting-approval`, or `unusable` when the record is not
   * one the action wrote.
   */
  state: string
  branch: string | undefined
  pull: number | undefined
  turns: number
  /** ISO time of the last save; empty when unusable. */
  updatedAt: string
}
