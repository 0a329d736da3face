// The one GitHub review a review run posts: the summary (the model's verdict, findings that are
// not on the diff's lines, files left out) and the inline comments. GitHub takes a review with
// all its comments or none; if it still refuses the comments (422), the review is posted again
// with every finding in the summary, so a review is never lost to one misplaced line.
import type { GitHubClient } from '../github/client.js'
import { PER_PAGE } from '../github/client.js'
import { errorText, statusOf } from '../github/errors.js'
import { ownLogin, writtenBy } from '../github/identity.js'
import { MAX_COMMENT_CHARS } from '../github/comment-thread.js'
import { clamp, codeSpan, tameModelText } from '../github/markdown.js'
import { footerLine } from '../report/footer.js'
import type { FooterFacts } from '../report/footer.js'
import type { PullInfo, RepoRef } from '../github/types.js'
import type { LeftOut } from './batches.js'
import { outsideLine } from './findings.js'
import type { ExistingComment, InlineComment, ReviewPlan } from './findings.js'
import { SEVERITIES } from './finding-tool.js'

export interface ReviewSummary {
  summary: string
  plan: ReviewPlan
  leftOut: readonly LeftOut[]
  footer: FooterFacts
}

/**
 * The action's own earlier review comments on the PR: what a re-review must not repeat. Only our
 * identity's: a finding marker copied into another app's comment must not silence a finding.
 * When the identity cannot be learnt, nothing counts as posted (a repeat beats a silenced finding).
 */
export async function existingComments(
  client: GitHubClient,
  repo: RepoRef,
  pull: PullInfo,
  log: (line: string) => void,
): Promise<ExistingComment[]> {
  const own = await ownLogin(client).catch((error: unknown) => {
    log(`Could not learn this action's GitHub identity (${errorText(error)}); earlier comments not checked`)
    return undefined
  })
  if (own === undefined) return []
  const comments = await client.paginate(client.rest.pulls.listReviewComments, {
    owner: repo.owner,
    repo: repo.repo,
    pull_number: pull.number,
    per_page: PER_PAGE,
  })
  return comments
    .filter((comment) => writtenBy(comment.user, own))
    .map((comment) => ({ path: comment.path, line: comment.line ?? null, body: comment.body }))
}

export function renderReviewBody(review: ReviewSummary, refusedInline?: readonly InlineComment[]): string {
  const { plan } = review
  const sections = ['### 🔎 Codex review']
  const summary = review.summary.trim()
  if (summary !== '') sections.push(clamp(tameModelText(summary), 30_000, 'summary truncated'))
  const total = SEVERITIES.reduce((sum, severity) => sum + plan.counts[severity], 0)
  const counts = SEVERITIES.filter((severity) => plan.counts[severity] > 0).map(
    (severity) => `${plan.counts[severity]} ${severity}`,
  )
  sections.push(`**Findings:** ${total === 0 ? 'none' : counts.join(', ')}`)
  if (plan.outside.length > 0) {
    const list = plan.outside.map(outsideLine)
    sections.push(`**Not on the diff's lines:**\n${clamp(list.join('\n'), 15_000, 'list truncated')}`)
  }
  if (refusedInline && refusedInline.length > 0) {
    const list = refusedInline.map(
      (comment) => `- ${codeSpan(comment.path)} line ${comment.line}: ${withoutMarker(comment.body)}`,
    )
    sections.push(
      `**GitHub refused these as inline comments:**\n${clamp(list.join('\n'), 15_000, 'list truncated')}`,
    )
  }
  if (plan.repeated > 0)
    sections.push(`${plan.repeated} finding(s) already commented on the same lines were not repeated.`)
  if (review.leftOut.length > 0) {
    const list = review.leftOut.map((entry) => `- ${codeSpan(entry.path)}: ${entry.reason}`)
    sections.push(`**Not reviewed:**\n${clamp(list.join('\n'), 5_000, 'list truncated')}`)
  }
  sections.push(footerLine(review.footer))
  return clamp(sections.join('\n\n'), MAX_COMMENT_CHARS - 1_000, 'review truncated')
}

export async function postReview(
  client: GitHubClient,
  repo: RepoRef,
  pull: PullInfo,
  review: ReviewSummary,
  options: { redact: (text: string) => string; log: (line: string) => void },
): Promise<{ url: string; inline: number }> {
  const comments = review.plan.comments.map((comment) => ({ ...comment, body: options.redact(comment.body) }))
  const create = (body: string, inline: typeof comments) =>
    client.rest.pulls.createReview({
      owner: repo.owner,
      repo: repo.repo,
      pull_number: pull.number,
      commit_id: pull.headSha,
      event: 'COMMENT',
      body: options.redact(body),
      ...(inline.length > 0 ? { comments: inline } : {}),
    })
  try {
    const { data } = await create(renderReviewBody(review), comments)
    return { url: data.html_url, inline: comments.length }
  } catch (error) {
    if (statusOf(error) !== 422 || comments.length === 0) throw error
    options.log(
      `GitHub refused the review's inline comments (${error instanceof Error ? error.message : String(error)}); posting them in the summary instead`,
    )
    const { data } = await create(renderReviewBody(review, comments), [])
    return { url: data.html_url, inline: 0 }
  }
}

/** An inline comment's text as a summary line: without its digest marker, on one line. */
function withoutMarker(body: string): string {
  return body.replace(/\s*<!-- codex-pr-action:finding [0-9a-f]+ -->/, '').replace(/\n+/g, ' ')
}
