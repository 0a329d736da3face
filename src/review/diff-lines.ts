// Which lines of a pull request GitHub lets a review comment sit on: those of the diff's hunks, as
// the API's `patch` of each file shows them. RIGHT is the head's numbering (added and context
// lines), LEFT the base's (removed and context lines). A multi-line comment must start and end
// in the same hunk, as GitHub requires.

export type Side = 'LEFT' | 'RIGHT'

export interface FileDiff {
  path: string
  /** line number → hunk index, per side */
  right: Map<number, number>
  left: Map<number, number>
  /** the text of each line, per side, for the digest of a comment on it */
  rightText: Map<number, string>
  leftText: Map<number, string>
}

const HUNK_HEADER = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/

export function parsePatch(path: string, patch: string): FileDiff {
  const diff: FileDiff = {
    path,
    right: new Map(),
    left: new Map(),
    rightText: new Map(),
    leftText: new Map(),
  }
  let hunk = -1
  let oldLine = 0
  let newLine = 0
  for (const line of patch.split('\n')) {
    const header = HUNK_HEADER.exec(line)
    if (header) {
      hunk += 1
      oldLine = Number(header[1])
      newLine = Number(header[2])
      continue
    }
    if (hunk < 0 || line.startsWith('\\')) continue
    const mark = line[0]
    if (mark === '+') {
      diff.right.set(newLine, hunk)
      diff.rightText.set(newLine, line.slice(1))
      newLine += 1
    } else if (mark === '-') {
      diff.left.set(oldLine, hunk)
      diff.leftText.set(oldLine, line.slice(1))
      oldLine += 1
    } else if (mark === ' ') {
      diff.right.set(newLine, hunk)
      diff.rightText.set(newLine, line.slice(1))
      diff.left.set(oldLine, hunk)
      diff.leftText.set(oldLine, line.slice(1))
      newLine += 1
      oldLine += 1
    }
  }
  return diff
}

export interface LineRange {
  path: string
  side: Side
  line: number
  startLine?: number | undefined
}

/** Why GitHub would refuse a comment on `range`, or undefined when it would take it. */
export function whyNotInDiff(files: ReadonlyMap<string, FileDiff>, range: LineRange): string | undefined {
  const file = files.get(range.path)
  if (!file) return 'the file is not changed by the pull request'
  const lines = range.side === 'RIGHT' ? file.right : file.left
  const hunk = lines.get(range.line)
  if (hunk === undefined) return `line ${range.line} (${range.side}) is not in the diff`
  if (range.startLine === undefined) return undefined
  if (range.startLine >= range.line) return `start_line ${range.startLine} is not before line ${range.line}`
  if (lines.get(range.startLine) !== hunk)
    return `lines ${range.startLine}–${range.line} are not in one hunk of the diff`
  return undefined
}
