// Where each finding goes: an inline comment on its exact lines when GitHub would take it there,
// else the review's summary (a finding is never dropped, and never fails the review). A finding
// already posted on the same unchanged lines (an earlier review of this PR) is not repeated: each
// inline comment carries a hidden digest of its path, side, the text of its lines and its own
// text — not the line numbers, which a push above them shifts (GitHub moves the comment along).
import { createHash } from 'node:crypto'
import { codeSpan, tameModelText } from '../github/markdown.js'
import { whyNotInDiff } from './diff-lines.js'
import type { FileDiff, Side } from './diff-lines.js'
import { SEVERITIES } from './finding-tool.js'
import type { Finding, Severity } from './finding-tool.js'

export interface InlineComment {
  path: string
  line: number
  side: Side
  start_line?: number
  start_side?: Side
  body: string
}

export interface PlacedFinding {
  finding: Finding
  /** Why it is in the summary rather than on its lines. */
  why: string
}

export interface ReviewPlan {
  comments: InlineComment[]
  outside: PlacedFinding[]
  /** Findings left out because the same comment is already on those lines. */
  repeated: number
  counts: Record<Severity, number>
}

/** An existing review comment of the PR, as listed by the API. */
export interface ExistingComment {
  path: string
  line: number | null
  body: string
}

const FINDING_MARKER = /<!-- codex-pr-action:finding ([0-9a-f]{16}) -->/

export function digestOf(finding: Finding, file: FileDiff): string {
  const texts = finding.side === 'RIGHT' ? file.rightText : file.leftText
  const first = finding.startLine ?? finding.line
  const lines = Array.from({ length: finding.line - first + 1 }, (_, index) => texts.get(first + index))
  const key = [finding.file, finding.side, ...lines, finding.body].join('\0')
  return createHash('sha256').update(key).digest('hex').slice(0, 16)
}

export function planReview(
  findings: readonly Finding[],
  files: ReadonlyMap<string, FileDiff>,
  existing: readonly ExistingComment[],
): ReviewPlan {
  const posted = new Set(
    existing.flatMap((comment) => {
      const digest = FINDING_MARKER.exec(comment.body)?.[1]
      // An outdated comment (its lines changed; GitHub sets its line to null) is made again.
      return digest && comment.line !== null ? [`${comment.path}:${digest}`] : []
    }),
  )
  const plan: ReviewPlan = { comments: [], outside: [], repeated: 0, counts: zeroCounts() }
  const seen = new Set<string>()
  for (const finding of findings) {
    plan.counts[finding.severity] += 1
    const why = whyNotInDiff(files, {
      path: finding.file,
      side: finding.side,
      line: finding.line,
      startLine: finding.startLine,
    })
    const file = files.get(finding.file)
    if (why !== undefined || !file) {
      plan.outside.push({ finding, why: why ?? 'the file is not changed by the pull request' })
      continue
    }
    const digest = digestOf(finding, file)
    const key = `${finding.file}:${digest}`
    if (posted.has(key) || seen.has(key)) {
      plan.repeated += 1
      continue
    }
    seen.add(key)
    plan.comments.push(inlineComment(finding, digest))
  }
  return plan
}

export function zeroCounts(): Record<Severity, number> {
  return Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>
}

function inlineComment(finding: Finding, digest: string): InlineComment {
  const range =
    finding.startLine === undefined ? {} : { start_line: finding.startLine, start_side: finding.side }
  return {
    path: finding.file,
    line: finding.line,
    side: finding.side,
    ...range,
    body: `${findingText(finding)}\n\n<!-- codex-pr-action:finding ${digest} -->`,
  }
}

/** The finding as Markdown: severity, the model's text and, on the new side, its suggestion. */
export function findingText(finding: Finding): string {
  const suggestion =
    finding.suggestion !== undefined && finding.side === 'RIGHT' ? suggestionBlock(finding.suggestion) : ''
  return tameModelText(`**${finding.severity}** · ${finding.body}${suggestion}`)
}

/** A ```suggestion block GitHub offers to apply; its fence outgrows any backtick run inside. */
function suggestionBlock(text: string): string {
  const body = text.replace(/\r\n/g, '\n').replace(/\n$/, '')
  const longestRun = Math.max(0, ...[...body.matchAll(/`+/g)].map((match) => match[0].length))
  const fence = '`'.repeat(Math.max(3, longestRun + 1))
  return `\n\n${fence}suggestion\n${body}\n${fence}`
}

/** A finding in the summary: where it is about, and why it is not on its lines. */
export function outsideLine(placed: PlacedFinding): string {
  const { finding } = placed
  const lines = finding.startLine === undefined ? `${finding.line}` : `${finding.startLine}–${finding.line}`
  const body = tameModelText(finding.body).replace(/\n+/g, ' ')
  return `- ${codeSpan(finding.file)} line ${lines} (**${finding.severity}**, ${placed.why}): ${body}`
}
