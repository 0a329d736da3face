// The action's voice on GitHub: 👀 on the trigger at once, then one tracking comment (a reply in
// the thread for review comments) edited as the run goes, and one-off replies for refusals,
// answers and status. Every body goes through the redactor here: the single choke point for what
// lands on GitHub.
import type { GitHubClient } from './client.js'
import { errorText, statusOf } from './errors.js'
import {
  editComment,
  markerFor,
  MAX_COMMENT_CHARS,
  readCommentBody,
  threadOf,
  upsertComment,
} from './comment-thread.js'
import type { CommentRef, Log, PostedComment } from './comment-thread.js'
import { clamp } from './markdown.js'
import { findStickyComment, stickyWord } from './sticky-comment.js'
import type { Redactor } from '../common/redact.js'
import type { RepoRef, RunnerEnv, Trigger } from './types.js'

export type { CommentRef, PostedComment } from './comment-thread.js'

export interface CommentOptions {
  redactor: Redactor
  log: Log
  /** A warning annotation in the run (a missing permission); falls back to `log`. */
  warn?: Log | undefined
  /** Wait before re-checking the thread after a failed create (tests shorten it). */
  retryDelayMs?: number | undefined
}

export interface TrackingOptions extends CommentOptions {
  /** The first body, usually renderWorking(...). */
  body: string
  /** At most one progress edit per this many ms (default 2000); finish() always writes. */
  minEditIntervalMs?: number | undefined
  /** Reuse this action's earlier comment with this key on the thread (sticky-comment.ts). */
  sticky?: string | undefined
}

const DEFAULT_EDIT_INTERVAL_MS = 2000
const DEFAULT_RETRY_DELAY_MS = 1000

/** 👀 on what triggered the run. Best effort: a failed reaction is logged, never fatal. */
export async function reactEyes(client: GitHubClient, trigger: Trigger, log: Log): Promise<void> {
  const { owner, repo } = trigger.repo
  try {
    if (trigger.source === 'issue_comment') {
      await client.rest.reactions.createForIssueComment({
        owner,
        repo,
        comment_id: trigger.comment.id,
        content: 'eyes',
      })
    } else if (trigger.source === 'pull_request_review_comment') {
      const params = { owner, repo, comment_id: trigger.comment.id, content: 'eyes' as const }
      await client.rest.reactions.createForPullRequestReviewComment(params)
    } else if (trigger.source === 'issues') {
      await client.rest.reactions.createForIssue({
        owner,
        repo,
        issue_number: trigger.issue.number,
        content: 'eyes',
      })
    }
    // A review has no reaction API; schedule, dispatch and workflow_run have nothing to react to.
  } catch (error) {
    log(`Could not add the 👀 reaction: ${errorText(error)}`)
  }
}

export class TrackingComment {
  private pendingBody: string | undefined
  private timer: NodeJS.Timeout | undefined
  private inFlight: Promise<void> | undefined
  private lastEditAt = 0
  private finished = false

  private constructor(
    private readonly client: GitHubClient | undefined,
    private readonly repo: RepoRef,
    private readonly posted: (PostedComment & { marker: string }) | undefined,
    private readonly options: CommentOptions & { minEditIntervalMs: number },
  ) {}

  /**
   * Reacts 👀 and posts (or, for a re-run of the same run, adopts) the tracking comment. Without a
   * thread (schedule, dispatch, workflow_run) or when posting fails, the tracker is a no-op and the
   * step summary carries the report.
   */
  static async start(
    client: GitHubClient,
    env: RunnerEnv,
    trigger: Trigger,
    options: TrackingOptions,
  ): Promise<TrackingComment> {
    const settings = { ...options, minEditIntervalMs: options.minEditIntervalMs ?? DEFAULT_EDIT_INTERVAL_MS }
    await reactEyes(client, trigger, options.log)
    const thread = threadOf(trigger)
    if (!thread) return new TrackingComment(undefined, trigger.repo, undefined, settings)
    const sticky = options.sticky === undefined ? undefined : stickyWord(options.sticky)
    const marker = markerFor('tracking', env, trigger, sticky)
    try {
      const body = prepareBody(marker, options.body, options.redactor)
      const earlier =
        options.sticky === undefined
          ? undefined
          : await findStickyComment(client, thread, options.sticky, options.log)
      if (earlier) await editComment(client, trigger.repo, earlier.ref, body)
      const posted =
        earlier ??
        (await upsertComment(client, thread, marker, body, {
          log: options.log,
          retryDelayMs: options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS,
        }))
      options.log(`Tracking comment${earlier ? ' (reused)' : ''}: ${posted.url}`)
      const tracker = new TrackingComment(client, trigger.repo, { ...posted, marker }, settings)
      tracker.lastEditAt = Date.now()
      return tracker
    } catch (error) {
      options.log(`Could not post the tracking comment: ${options.redactor.redact(errorText(error))}`)
      warnIfForbidden(error, options)
      return new TrackingComment(undefined, trigger.repo, undefined, settings)
    }
  }

  /**
   * A tracker that posts nothing: for the agent job of two-job mode, whose token cannot write.
   * The publish job reports instead.
   */
  static silent(repo: RepoRef, options: TrackingOptions): TrackingComment {
    return new TrackingComment(undefined, repo, undefined, {
      ...options,
      minEditIntervalMs: DEFAULT_EDIT_INTERVAL_MS,
    })
  }

  /** What post.ts needs to mark the comment cancelled; undefined when there is no comment. */
  get ref(): CommentRef | undefined {
    return this.posted?.ref
  }

  get url(): string | undefined {
    return this.posted?.url
  }

  /** A progress edit: throttled, and a newer body replaces one still waiting. Never throws. */
  update(body: string): void {
    if (!this.posted || this.finished) return
    this.pendingBody = body
    this.schedule()
  }

  /** Writes a waiting progress edit now. */
  async flush(): Promise<void> {
    for (;;) {
      this.clearTimer()
      if (!this.inFlight) break
      await this.inFlight
    }
    await this.startEdit()
  }

  /** The final body, written after any edit in flight; later updates are ignored. */
  async finish(body: string): Promise<void> {
    if (!this.posted || this.finished) return
    this.finished = true
    this.pendingBody = body
    await this.flush()
  }

  private schedule(): void {
    if (this.timer || this.inFlight) return
    const wait = this.lastEditAt + this.options.minEditIntervalMs - Date.now()
    if (wait <= 0) {
      void this.startEdit()
      return
    }
    this.timer = setTimeout(() => {
      this.timer = undefined
      void this.startEdit()
    }, wait)
    this.timer.unref()
  }

  private startEdit(): Promise<void> {
    const body = this.pendingBody
    const posted = this.posted
    if (body === undefined || !posted || !this.client) return Promise.resolve()
    this.pendingBody = undefined
    this.lastEditAt = Date.now()
    const prepared = prepareBody(posted.marker, body, this.options.redactor)
    const edit = editComment(this.client, this.repo, posted.ref, prepared)
      .catch((error: unknown) => {
        this.options.log(
          `Could not update the tracking comment: ${this.options.redactor.redact(errorText(error))}`,
        )
      })
      .finally(() => {
        this.inFlight = undefined
        if (this.pendingBody !== undefined && !this.finished) this.schedule()
      })
    this.inFlight = edit
    return edit
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = undefined
  }
}

/**
 * One reply to the trigger (a refusal, an answer, `/codex status`), posted once per run even when
 * retried. Undefined when the trigger has no thread or posting failed (logged).
 */
export async function replyOnce(
  client: GitHubClient,
  env: RunnerEnv,
  trigger: Trigger,
  body: string,
  options: CommentOptions,
): Promise<PostedComment | undefined> {
  const thread = threadOf(trigger)
  if (!thread) return undefined
  const marker = markerFor('reply', env, trigger)
  try {
    return await upsertComment(client, thread, marker, prepareBody(marker, body, options.redactor), {
      log: options.log,
      retryDelayMs: options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS,
    })
  } catch (error) {
    options.log(`Could not post the reply: ${options.redactor.redact(errorText(error))}`)
    warnIfForbidden(error, options)
    return undefined
  }
}

/**
 * For post.ts when main was stopped (SIGINT/SIGTERM) before its final edit: replaces the tracking
 * comment's body, keeping its marker. False when the comment is not ours or cannot be edited.
 */
export async function markCancelled(
  client: GitHubClient,
  repo: RepoRef,
  ref: CommentRef,
  body: string,
  options: { redactor?: Redactor | undefined; log?: Log | undefined } = {},
): Promise<boolean> {
  const log = options.log ?? (() => {})
  try {
    const current = await readCommentBody(client, repo, ref)
    const marker = /^<!-- codex-pr-action:tracking [^\n]*?-->/.exec(current)?.[0]
    if (!marker) {
      log(`Comment ${ref.id} is not a tracking comment; leaving it alone`)
      return false
    }
    await editComment(client, repo, ref, prepareBody(marker, body, options.redactor))
    return true
  } catch (error) {
    log(`Could not mark the tracking comment cancelled: ${errorText(error)}`)
    return false
  }
}

/**
 * GitHub's 403 for a token without the scope: nobody reads a log line, so it becomes a warning
 * annotation that names the permission to add.
 */
function warnIfForbidden(error: unknown, options: CommentOptions): void {
  if (statusOf(error) !== 403) return
  const warn = options.warn ?? options.log
  warn(
    "the workflow's token may not comment, so nobody on the thread hears about this run: give the job `permissions: issues: write` (and `pull-requests: write` for pull requests)",
  )
}

function prepareBody(marker: string, body: string, redactor: Redactor | undefined): string {
  const redacted = redactor ? redactor.redact(body) : body
  const room = MAX_COMMENT_CHARS - marker.length - 200
  return `${marker}\n${clamp(redacted, room, 'truncated to fit a GitHub comment')}`
}
