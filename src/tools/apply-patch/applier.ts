// Applies parsed hunks to disk in order, as codex-rs/apply-patch/src/lib.rs does: Add writes
// (overwriting), Delete removes a file, Update rewrites (and Move writes the new name, then
// removes the old). The first failure stops; what was written before it stays, as in Codex.
//
// Beyond Codex: content is written to a temporary file and renamed over the target, so a hard
// link planted in the workspace never carries a write to a file outside it (and a crash never
// leaves half a file); line endings (LF/CRLF) of an updated file are kept, as newer Codex does.
import { randomBytes } from 'node:crypto'
import { constants as osConstants } from 'node:os'
import { constants } from 'node:fs'
import { chmod, mkdir, open, rename, rm, stat, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { UpdateChunk } from './parser.js'
import type { CheckedPath } from './paths.js'
import { LineSeeker } from './seek.js'
import { errorMessage } from '../../common/errors.js'

export type ChangeKind = 'add' | 'delete' | 'update'

export interface AppliedChange {
  path: string
  kind: ChangeKind
  movePath?: string
}

export type CheckedHunk =
  | { type: 'add'; path: CheckedPath; contents: string }
  | { type: 'delete'; path: CheckedPath }
  | { type: 'update'; path: CheckedPath; movePath: CheckedPath | undefined; chunks: UpdateChunk[] }

export class ApplyError extends Error {}

/** Applies hunks in order, pushing each completed change to `changes`; throws ApplyError. */
export async function applyHunks(hunks: readonly CheckedHunk[], changes: AppliedChange[]): Promise<void> {
  for (const hunk of hunks) {
    if (hunk.type === 'add') {
      await createParents(hunk.path)
      await attempt(`Failed to write file ${hunk.path.display}`, () =>
        replaceFile(hunk.path.ioPath, hunk.contents),
      )
      changes.push({ path: hunk.path.relative, kind: 'add' })
    } else if (hunk.type === 'delete') {
      await attempt(`Failed to delete file ${hunk.path.display}`, () => unlink(hunk.path.absolute))
      changes.push({ path: hunk.path.relative, kind: 'delete' })
    } else {
      await applyUpdate(hunk.path, hunk.movePath, hunk.chunks)
      const change: AppliedChange = { path: hunk.path.relative, kind: 'update' }
      if (hunk.movePath) change.movePath = hunk.movePath.relative
      changes.push(change)
    }
  }
}

async function applyUpdate(source: CheckedPath, destination: CheckedPath | undefined, chunks: UpdateChunk[]) {
  const original = await attempt(`Failed to read file to update ${source.display}`, () =>
    readText(source.ioPath),
  )
  const updated = updateText(original, chunks, source.display)
  if (destination === undefined) {
    await attempt(`Failed to write file ${source.display}`, () =>
      replaceFile(source.ioPath, updated, source.ioPath),
    )
    return
  }
  await createParents(destination)
  await attempt(`Failed to write file ${destination.display}`, () =>
    replaceFile(destination.ioPath, updated, source.ioPath),
  )
  // Codex would delete the file it just wrote when a move names the file itself.
  if (destination.ioPath === source.ioPath || destination.absolute === source.absolute) return
  await attempt(`Failed to remove original ${source.display}`, () => unlink(source.absolute))
}

async function createParents(target: CheckedPath): Promise<void> {
  await attempt(`Failed to create parent directories for ${target.display}`, () =>
    mkdir(path.dirname(target.ioPath), { recursive: true }),
  )
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

async function readText(file: string): Promise<string> {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)
  let bytes: Buffer
  try {
    if (!(await handle.stat()).isFile())
      throw new ApplyError(
        'not a regular file (a FIFO, socket or device); apply_patch edits regular files only',
      )
    bytes = await handle.readFile()
  } finally {
    await handle.close()
  }
  try {
    return utf8.decode(bytes)
  } catch {
    throw new ApplyError('stream did not contain valid UTF-8')
  }
}

/** Writes beside the target, then renames over it, keeping the mode of `modeFrom`. */
async function replaceFile(target: string, contents: string, modeFrom?: string): Promise<void> {
  const mode = modeFrom ? (await stat(modeFrom).catch(() => undefined))?.mode : undefined
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.apply_patch.tmp`,
  )
  try {
    await writeFile(temporary, contents, { flag: 'wx' })
    if (mode !== undefined) await chmod(temporary, mode & 0o7777)
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined)
    throw error
  }
}

async function attempt<T>(context: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action()
  } catch (error) {
    throw new ApplyError(`${context}: ${describeError(error)}`)
  }
}

const ERRNO_TEXT: Record<string, string> = {
  ENOENT: 'No such file or directory',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  EEXIST: 'File exists',
  ENOSPC: 'No space left on device',
  EROFS: 'Read-only file system',
  ENOTEMPTY: 'Directory not empty',
  ENAMETOOLONG: 'File name too long',
}

/** Reads like Rust's io::Error ("No such file or directory (os error 2)"). */
function describeError(error: unknown): string {
  if (error instanceof ApplyError) return error.message
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (typeof code === 'string') {
    const errno = (osConstants.errno as Record<string, number | undefined>)[code]
    const text = ERRNO_TEXT[code] ?? code
    return errno === undefined ? text : `${text} (os error ${errno})`
  }
  return errorMessage(error)
}

interface Replacement {
  start: number
  oldLength: number
  newLines: readonly string[]
}

/** The new content of a file after the chunks; throws ApplyError when a chunk is not found. */
export function updateText(original: string, chunks: readonly UpdateChunk[], displayPath: string): string {
  const file = splitFile(original)
  const replacements = computeReplacements(file.texts, chunks, displayPath)
  return joinFile(file, replacements)
}

interface SplitFile {
  texts: string[]
  /** Per line: '\n', '\r\n', or '' for a last line without newline. */
  endings: string[]
  preferredEnding: string
}

function splitFile(contents: string): SplitFile {
  const texts = contents.split('\n')
  const endings: string[] = new Array<string>(texts.length).fill('\n')
  if (texts.at(-1) === '') {
    texts.pop()
    endings.pop()
  } else endings[endings.length - 1] = ''
  for (let index = 0; index < texts.length; index++) {
    const text = texts[index] as string
    if (endings[index] === '\n' && text.endsWith('\r')) {
      texts[index] = text.slice(0, -1)
      endings[index] = '\r\n'
    }
  }
  // Like rustfmt and newer Codex: the first newline sets the style of inserted lines.
  return { texts, endings, preferredEnding: endings[0] || '\n' }
}

function computeReplacements(
  lines: string[],
  chunks: readonly UpdateChunk[],
  displayPath: string,
): Replacement[] {
  const seeker = new LineSeeker(lines)
  const replacements: Replacement[] = []
  let lineIndex = 0
  for (const chunk of chunks) {
    for (const context of chunk.contextLines) {
      const found = seeker.seek([context], lineIndex, false)
      if (found === undefined) throw new ApplyError(`Failed to find context '${context}' in ${displayPath}`)
      lineIndex = found + 1
    }
    if (chunk.oldLines.length === 0) {
      // Codex appends a pure addition at the end (before a final empty line), whatever its context.
      const insertAt = lines.at(-1) === '' ? lines.length - 1 : lines.length
      replacements.push({ start: insertAt, oldLength: 0, newLines: chunk.newLines })
      continue
    }
    let pattern: readonly string[] = chunk.oldLines
    let newLines: readonly string[] = chunk.newLines
    let found = seeker.seek(pattern, lineIndex, chunk.isEndOfFile)
    // A trailing empty old line often stands for the file's final newline: retry without it.
    if (found === undefined && pattern.at(-1) === '') {
      pattern = pattern.slice(0, -1)
      if (newLines.at(-1) === '') newLines = newLines.slice(0, -1)
      found = seeker.seek(pattern, lineIndex, chunk.isEndOfFile)
    }
    if (found === undefined) {
      throw new ApplyError(`Failed to find expected lines in ${displayPath}:\n${chunk.oldLines.join('\n')}`)
    }
    const start = found
    const matched = pattern.length
    // Context lines keep the file's text (as Codex does): they may have matched only after
    // whitespace or Unicode normalisation, and rewriting them would be a change nobody asked for.
    const written = newLines.map((line, index) => {
      const old = chunk.newFromOld[index]
      return old === null || old === undefined || old >= matched ? line : (lines[start + old] ?? line)
    })
    replacements.push({ start, oldLength: matched, newLines: written })
    lineIndex = found + pattern.length
  }
  // Stable, like Rust's sort_by: pure additions at the same index keep patch order.
  return replacements.sort((left, right) => left.start - right.start)
}

function joinFile(file: SplitFile, replacements: readonly Replacement[]): string {
  const parts: string[] = []
  let cursor = 0
  const copyOriginal = (until: number) => {
    // Every line ends with a newline after an update, as in Codex (an unterminated last line too).
    for (; cursor < until; cursor++)
      parts.push(file.texts[cursor] as string, file.endings[cursor] || file.preferredEnding)
  }
  for (const replacement of replacements) {
    if (replacement.start < cursor) return joinOverlapping(file, replacements)
    copyOriginal(replacement.start)
    for (const line of replacement.newLines) parts.push(line, file.preferredEnding)
    cursor = replacement.start + replacement.oldLength
  }
  copyOriginal(file.texts.length)
  return parts.join('')
}

/** Overlapping replacements (rare): Codex's own back-to-front splicing, quadratic but exact. */
function joinOverlapping(file: SplitFile, replacements: readonly Replacement[]): string {
  const lines = file.texts.map((text, index) => ({ text, ending: file.endings[index] as string }))
  for (const { start, oldLength, newLines } of [...replacements].reverse()) {
    lines.splice(start, Math.min(oldLength, Math.max(0, lines.length - start)))
    const inserted = newLines.map((text) => ({ text, ending: file.preferredEnding }))
    lines.splice(Math.min(start, lines.length), 0, ...inserted)
  }
  return lines.map(({ text, ending }) => text + (ending || file.preferredEnding)).join('')
}
