// The context for the agent: the task (the triggering command, the only instructions) apart from
// quoted data (the issue or pull request, the conversation up to the trigger, the diff, the review
// thread, failed CI logs), each sanitised and fenced so the model reads it as data. Comments
// created or edited after the trigger are left out: text changed under the maintainer who asked
// is text they did not see.
import { PER_PAGE, type GitHubClient } from './client.js'
import { fetchImages, findImages } from './attachments.js'
import type { FetchImagesOptions, ImageReference } from './attachments.js'
import { failedJobLogs } from './gather-logs.js'
import { pullDiff, reviewCommentsFor, type ThreadComment } from './gather-pull.js'
import { fetchPullInfo, pullNumberOf } from './pull-info.js'
import { quoteAsData, sanitizeUntrusted, stripInvisible } from './sanitize.js'
import type { Command, IssueRef, PullInfo, TaskContext, Trigger } from './types.js'

export interface GatherOptions {
  log: (line: string) => void
  /** Budget for whole patches of a pull request's diff (default 60 kB); the rest become names. */
  maxDiffBytes?: number | undefined
  /** Tail kept of each failed job's log (default 20 kB, at most 200 lines). */
  maxLogBytes?: number | undefined
  /** Comments created or edited later are left out; default: when the trigger comment was created. */
  triggerTime?: string | undefined
  /** Budget for the quoted conversation (default 40 kB); the newest comments that fit are kept. */
  maxThreadBytes?: number | undefined
  /** The PR as already fetched (and pinned) for this trigger; fetched here when absent. */
  pull?: PullInfo | undefined
  /** Leave the PR's diff out (a review quotes it itself, in batches that fit the model). */
  withoutDiff?: boolean | undefined
  /** Fetch the images of the trigger comment and the issue or PR body (GitHub attachments only). */
  images?: Omit<FetchImagesOptions, 'log'> | undefined
}

const DEFAULT_THREAD_BYTES = 40_000

export async function gatherContext(
  client: GitHubClient,
  trigger: Trigger,
  options: GatherOptions,
): Promise<TaskContext> {
  const number = pullNumberOf(trigger)
  const pull =
    options.pull ?? (number === undefined ? undefined : await fetchPullInfo(client, trigger.repo, number))
  const quoted: string[] = []
  const cutoff = cutoffOf(trigger, options)

  if ('issue' in trigger) {
    quoted.push(quoteIssue(trigger.issue))
    const conversation = await issueComments(client, trigger, trigger.issue.number)
    const excluded = trigger.source === 'issue_comment' ? trigger.comment.id : undefined
    quoted.push(...quoteThread('Comment', keepUntil(conversation, cutoff, excluded, options), options))
  }
  if (pull && options.withoutDiff !== true)
    quoted.push(...(await pullDiff(client, trigger.repo, pull, options.maxDiffBytes, options.log)))
  if (trigger.source === 'pull_request_review_comment' || trigger.source === 'pull_request_review') {
    const { hunk, comments } = await reviewCommentsFor(client, trigger)
    if (hunk) quoted.push(hunk)
    const label =
      trigger.source === 'pull_request_review'
        ? 'Comment of this review'
        : 'Earlier comment in this review thread'
    const excluded = trigger.source === 'pull_request_review_comment' ? trigger.comment.id : undefined
    quoted.push(...quoteThread(label, keepUntil(comments, cutoff, excluded, options), options))
  }
  if (trigger.source === 'workflow_run') {
    quoted.push(...(await failedJobLogs(client, trigger.repo, trigger.run, options.maxLogBytes, options.log)))
  }
  const images = options.images
    ? await fetchImages(imagesOf(trigger), { ...options.images, log: options.log })
    : []
  return { task: taskText(trigger.command), quoted, pull, ...(images.length > 0 ? { images } : {}) }
}

/** The images of the trigger comment and of the issue or PR it is on, in that order. */
function imagesOf(trigger: Trigger): ImageReference[] {
  const inComment = 'comment' in trigger ? findImages(trigger.comment.body, 'the trigger comment') : []
  const inIssue =
    'issue' in trigger ? findImages(trigger.issue.body, `the body of #${trigger.issue.number}`) : []
  return [...inComment, ...inIssue]
}

/** The instructions: the command's own text, with invisible and bidi characters removed. */
function taskText(command: Command): string {
  return command.kind === 'status' || command.kind === 'help' ? '' : stripInvisible(command.text).trim()
}

function quoteIssue(issue: IssueRef): string {
  const kind = issue.isPullRequest ? 'Pull request' : 'Issue'
  const text = `Title: ${sanitizeUntrusted(issue.title).replace(/\s+/g, ' ').trim()}\n\n${sanitizeUntrusted(issue.body)}`
  return quoteAsData(`${kind} #${issue.number} by @${issue.author} (${issue.htmlUrl})`, text)
}

/** How every comment the action posts begins (comment-thread.ts's markers). */
const OUR_MARKER = '<!-- codex-pr-action:'

function cutoffOf(trigger: Trigger, options: GatherOptions): number | undefined {
  const when = options.triggerTime ?? ('comment' in trigger ? trigger.comment.createdAt : undefined)
  if (when === undefined) return undefined
  const time = Date.parse(when)
  if (Number.isNaN(time)) {
    options.log(`the trigger time '${when}' is not a date; no comments are left out for being late`)
    return undefined
  }
  return time
}

/**
 * Comments created and last edited at or before the cutoff, without the trigger itself, oldest
 * first. One with an unreadable date is left out: it cannot be shown to predate the trigger.
 */
function keepUntil(
  comments: ThreadComment[],
  cutoff: number | undefined,
  excludedId: number | undefined,
  options: GatherOptions,
): ThreadComment[] {
  const kept = comments.filter((comment) => {
    if (comment.id === excludedId) return false
    if (cutoff === undefined) return true
    const created = Date.parse(comment.createdAt)
    const updated = Date.parse(comment.updatedAt || comment.createdAt)
    return created <= cutoff && updated <= cutoff
  })
  // Our own comments (this run's tracking comment is posted before the thread is read) are late by
  // design: counting them would report a left-out comment nobody else wrote.
  const late = comments.filter(
    (comment) => comment.id !== excludedId && !kept.includes(comment) && !comment.body.startsWith(OUR_MARKER),
  ).length
  if (late > 0) options.log(`left out ${late} comment(s) created or edited after the trigger`)
  return kept.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id)
}

/** Each comment in its own fenced block; the newest that fit the budget, oldest first. */
function quoteThread(label: string, comments: ThreadComment[], options: GatherOptions): string[] {
  let remaining = options.maxThreadBytes ?? DEFAULT_THREAD_BYTES
  const blocks: string[] = []
  for (const comment of [...comments].reverse()) {
    const where = comment.where ? ` on ${comment.where}` : ''
    const heading = `${label}${where} by @${comment.author} at ${comment.createdAt}`
    const block = quoteAsData(heading, sanitizeUntrusted(comment.body))
    const size = Buffer.byteLength(block)
    if (size > remaining) break
    remaining -= size
    blocks.unshift(block)
  }
  const omitted = comments.length - blocks.length
  if (omitted > 0) {
    options.log(`left out the ${omitted} oldest comment(s) to keep the conversation within its budget`)
    blocks.unshift(`(${omitted} earlier comment(s) left out for length)`)
  }
  return blocks
}

async function issueComments(
  client: GitHubClient,
  trigger: Trigger,
  issueNumber: number,
): Promise<ThreadComment[]> {
  const { owner, repo } = trigger.repo
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: PER_PAGE,
  })
  return comments.map((comment) => ({
    id: Number(comment.id),
    author: comment.user?.login ?? 'ghost',
    body: comment.body ?? '',
    createdAt: comment.created_at,
    updatedAt: comment.updated_at,
  }))
}
