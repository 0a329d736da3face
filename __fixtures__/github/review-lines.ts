// What GitHub checks before it takes a review's inline comments: each comment's path must be a
// file the pull request changes, its `line` (on `side`) a line of the diff's hunks, and a range's
// `start_line` a line of the same hunk. GitHub takes the review with all its comments or answers
// 422 "Unprocessable Entity" with the reasons as strings, joined as a sentence, and posts nothing.
import type { IssueRecord } from './model.js'

interface Hunks {
  /** line → hunk number, for the head's (RIGHT) and the base's (LEFT) numbering */
  RIGHT: Map<number, number>
  LEFT: Map<number, number>
}

export interface CommentPlace {
  path: string
  line: number | undefined
  side: 'LEFT' | 'RIGHT'
  startLine: number | undefined
}

const LINE_OUTSIDE = 'Pull request review thread line must be part of the diff'
const START_ELSEWHERE = 'Pull request review thread start line must be part of the same hunk as the line.'
const START_AFTER = 'Pull request review thread start line must precede the end line.'
/** A line outside the diff has no hunk to quote: GitHub names that too, last. */
const HUNK_BLANK = "Pull request review thread diff hunk can't be blank"

/**
 * GitHub's reasons for refusing the comments, empty when it takes them all — as its responses
 * show them, e.g. "Pull request review thread line must be part of the diff and Pull request
 * review thread diff hunk can't be blank".
 */
export function reviewCommentProblems(
  issue: IssueRecord,
  places: readonly CommentPlace[],
  commitId?: string,
): string[] {
  const problems = new Set<string>()
  let hunkless = false
  for (const place of places) {
    const hunks = hunksOf(issue, place.path, commitId)
    if (!hunks) {
      problems.add('Path could not be resolved')
      continue
    }
    const lines = hunks[place.side]
    const hunk = place.line === undefined ? undefined : lines.get(place.line)
    if (hunk === undefined) problems.add(LINE_OUTSIDE)
    if (place.startLine !== undefined && place.line !== undefined && place.startLine >= place.line)
      problems.add(START_AFTER)
    else if (place.startLine !== undefined && (hunk === undefined || lines.get(place.startLine) !== hunk))
      problems.add(START_ELSEWHERE)
    hunkless ||= hunk === undefined
  }
  if (hunkless) problems.add(HUNK_BLANK)
  return [...problems]
}

/** Rails' `to_sentence`, as GitHub joins its messages. */
export function asSentence(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? ''
  return `${parts.slice(0, -1).join(', ')}${parts.length > 2 ? ',' : ''} and ${parts.at(-1)}`
}

/** The diff of the reviewed commit (`commit_id`, else the PR's head) against the base. */
function hunksOf(issue: IssueRecord, path: string, commitId: string | undefined): Hunks | undefined {
  const head = commitId ?? `refs/pull/${issue.number}/head`
  const range = `${issue.pull?.baseSha}...${head}`
  const diff = issue.repo.git.tryGit(['diff', '--no-renames', '-U3', range, '--', path])
  if (!diff) return undefined
  const hunks: Hunks = { RIGHT: new Map(), LEFT: new Map() }
  let number = -1
  let left = 0
  let right = 0
  for (const text of diff.split('\n')) {
    const header = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text)
    if (header) {
      number += 1
      left = Number(header[1])
      right = Number(header[2])
    } else if (number >= 0 && text.startsWith('+')) {
      hunks.RIGHT.set(right++, number)
    } else if (number >= 0 && text.startsWith('-')) {
      hunks.LEFT.set(left++, number)
    } else if (number >= 0 && text.startsWith(' ')) {
      hunks.RIGHT.set(right++, number)
      hunks.LEFT.set(left++, number)
    }
  }
  return hunks
}
