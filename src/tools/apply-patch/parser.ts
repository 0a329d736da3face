// Codex patch text → typed hunks, following codex-rs/apply-patch/src/parser.rs (lenient mode):
// the same grammar, the same error messages and line numbers, so a model that learned Codex's
// errors reads ours the same way. No I/O here.
//
// Deliberate leniencies beyond Codex, only where no diff line could be meant: trailing
// whitespace after `@@`, `*** Move to:` and `*** End of File` (lines starting with `@` or `*` are
// never context lines), stacked `@@ ctx` lines (newer Codex), any heredoc delimiter.
import { rustTrim, rustTrimEnd } from './seek.js'

export interface UpdateChunk {
  /** `@@ <line>` anchors, each sought after the previous one. */
  contextLines: string[]
  oldLines: string[]
  newLines: string[]
  /**
   * For each new line, the index of the old line it is the same context line as (a ` ` line), or
   * null for an added line: Codex writes the file's own text for context lines, which may differ
   * from the patch's in whitespace or Unicode punctuation when they matched after normalisation.
   */
  newFromOld: (number | null)[]
  /** `*** End of File`: the old lines must end the file. */
  isEndOfFile: boolean
}

export type Hunk =
  | { type: 'add'; path: string; contents: string }
  | { type: 'delete'; path: string }
  | { type: 'update'; path: string; movePath: string | undefined; chunks: UpdateChunk[] }

export type ParseResult =
  { ok: true; hunks: Hunk[] } | { ok: false; error: string; line?: number | undefined; message: string }

const BEGIN_PATCH = '*** Begin Patch'
const END_PATCH = '*** End Patch'
const ADD_FILE = '*** Add File: '
const DELETE_FILE = '*** Delete File: '
const UPDATE_FILE = '*** Update File: '
const MOVE_TO = '*** Move to: '
const END_OF_FILE = '*** End of File'

class HunkError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message)
  }
}

class PatchError extends Error {}

/** Parses a whole patch; errors read as Codex prints them ("Invalid patch…"). */
export function parsePatch(text: string): ParseResult {
  const lines = splitLines(rustTrim(text))
  try {
    const [start, end] = findBody(lines)
    return { ok: true, hunks: parseHunks(lines, start, end) }
  } catch (error) {
    if (error instanceof HunkError) {
      const full = `Invalid patch hunk on line ${error.line}: ${error.message}`
      return { ok: false, error: full, line: error.line, message: error.message }
    }
    if (error instanceof PatchError)
      return { ok: false, error: `Invalid patch: ${error.message}`, message: error.message }
    throw error
  }
}

/** Rust's `str::lines`: split on LF, drop one CR before it, no empty last line. */
function splitLines(text: string): string[] {
  if (text === '') return []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    if (line.endsWith('\r')) lines[i] = line.slice(0, -1)
  }
  if (lines.at(-1) === '') lines.pop()
  return lines
}

/** Returns [first hunk line, end) after checking the markers, unwrapping a heredoc if needed. */
function findBody(lines: string[]): [number, number] {
  const strictError = checkBoundaries(lines, 0, lines.length)
  if (strictError === undefined) return [1, lines.length - 1]
  // gpt-4.1 style: ["apply_patch", "<<'EOF'\n*** Begin Patch\n…\n*** End Patch\nEOF\n"].
  const delimiter = heredocDelimiter(lines[0])
  if (delimiter !== undefined && lines.length >= 4 && (lines.at(-1) as string).endsWith(delimiter)) {
    const innerError = checkBoundaries(lines, 1, lines.length - 1)
    if (innerError !== undefined) throw new PatchError(innerError)
    return [2, lines.length - 2]
  }
  throw new PatchError(strictError)
}

function heredocDelimiter(firstLine: string | undefined): string | undefined {
  const match = /^<<-?(?:'(\w+)'|"(\w+)"|(\w+))$/.exec(firstLine ?? '')
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined
}

function checkBoundaries(lines: string[], start: number, end: number): string | undefined {
  const first = start < end ? rustTrim(lines[start] as string) : undefined
  const last = start < end ? rustTrim(lines[end - 1] as string) : undefined
  if (first === BEGIN_PATCH && last === END_PATCH && end - start >= 2) return undefined
  if (first !== BEGIN_PATCH) return "The first line of the patch must be '*** Begin Patch'"
  return "The last line of the patch must be '*** End Patch'"
}

function parseHunks(lines: string[], start: number, end: number): Hunk[] {
  const hunks: Hunk[] = []
  let index = start
  let lineNumber = 2
  while (index < end) {
    const { hunk, consumed } = parseOneHunk(lines, index, end, lineNumber)
    hunks.push(hunk)
    index += consumed
    lineNumber += consumed
  }
  return hunks
}

function parseOneHunk(
  lines: string[],
  start: number,
  end: number,
  lineNumber: number,
): { hunk: Hunk; consumed: number } {
  const header = rustTrim(lines[start] as string)
  if (header.startsWith(ADD_FILE)) {
    const contents: string[] = []
    let index = start + 1
    for (; index < end && (lines[index] as string).startsWith('+'); index++) {
      contents.push((lines[index] as string).slice(1), '\n')
    }
    return {
      hunk: { type: 'add', path: header.slice(ADD_FILE.length), contents: contents.join('') },
      consumed: index - start,
    }
  }
  if (header.startsWith(DELETE_FILE)) {
    return { hunk: { type: 'delete', path: header.slice(DELETE_FILE.length) }, consumed: 1 }
  }
  if (header.startsWith(UPDATE_FILE))
    return parseUpdateHunk(lines, start, end, lineNumber, header.slice(UPDATE_FILE.length))
  throw new HunkError(
    `'${header}' is not a valid hunk header. Valid hunk headers: '*** Add File: {path}', '*** Delete File: {path}', '*** Update File: {path}'`,
    lineNumber,
  )
}

function parseUpdateHunk(
  lines: string[],
  start: number,
  end: number,
  lineNumber: number,
  path: string,
): { hunk: Hunk; consumed: number } {
  let index = start + 1
  let movePath: string | undefined
  const moveLine = index < end ? rustTrimEnd(lines[index] as string) : ''
  if (moveLine.startsWith(MOVE_TO)) {
    movePath = moveLine.slice(MOVE_TO.length)
    index++
  }
  const chunks: UpdateChunk[] = []
  while (index < end) {
    const line = lines[index] as string
    // Blank lines may separate chunks.
    if (rustTrim(line) === '') {
      index++
      continue
    }
    if (line.startsWith('***')) break
    const parsed = parseChunk(lines, index, end, lineNumber + (index - start), chunks.length === 0)
    chunks.push(parsed.chunk)
    index += parsed.consumed
  }
  if (chunks.length === 0) throw new HunkError(`Update file hunk for path '${path}' is empty`, lineNumber)
  return { hunk: { type: 'update', path, movePath, chunks }, consumed: index - start }
}

function contextMarker(line: string): { context: string | undefined } | undefined {
  if (!line.startsWith('@@')) return undefined
  if (rustTrimEnd(line) === '@@') return { context: undefined }
  return line.startsWith('@@ ') ? { context: line.slice(3) } : undefined
}

function parseChunk(
  lines: string[],
  start: number,
  end: number,
  lineNumber: number,
  allowMissingContext: boolean,
): { chunk: UpdateChunk; consumed: number } {
  const chunk: UpdateChunk = {
    contextLines: [],
    oldLines: [],
    newLines: [],
    newFromOld: [],
    isEndOfFile: false,
  }
  let index = start
  for (
    let marker = contextMarker(lines[index] as string);
    marker;
    marker = contextMarker(lines[index] as string)
  ) {
    if (marker.context !== undefined) chunk.contextLines.push(marker.context)
    if (++index >= end) break
  }
  if (index === start && !allowMissingContext) {
    throw new HunkError(
      `Expected update hunk to start with a @@ context marker, got: '${lines[start] as string}'`,
      lineNumber,
    )
  }
  const bodyLineNumber = lineNumber + (index - start)
  if (index >= end) throw new HunkError('Update hunk does not contain any lines', bodyLineNumber)
  const bodyStart = index
  for (; index < end; index++) {
    const line = lines[index] as string
    if (line.startsWith('*') && rustTrimEnd(line) === END_OF_FILE) {
      if (index === bodyStart) throw new HunkError('Update hunk does not contain any lines', bodyLineNumber)
      chunk.isEndOfFile = true
      index++
      break
    }
    if (!addDiffLine(chunk, line)) {
      if (index === bodyStart) {
        throw new HunkError(
          `Unexpected line found in update hunk: '${line}'. Every line should start with ' ' (context line), '+' (added line), or '-' (removed line)`,
          bodyLineNumber,
        )
      }
      break // the start of the next chunk or hunk
    }
  }
  return { chunk, consumed: index - start }
}

function addDiffLine(chunk: UpdateChunk, line: string): boolean {
  const marker = line[0]
  const text = line.slice(1)
  if (marker === undefined || marker === ' ') {
    // An empty line is an empty context line (editors strip the lone space).
    const context = marker === undefined ? '' : text
    chunk.newFromOld.push(chunk.oldLines.length)
    chunk.oldLines.push(context)
    chunk.newLines.push(context)
  } else if (marker === '+') {
    chunk.newFromOld.push(null)
    chunk.newLines.push(text)
  } else if (marker === '-') chunk.oldLines.push(text)
  else return false
  return true
}
