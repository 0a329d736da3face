// The pull request's diff cut to what the model can read: every changed file's patch, in batches
// that each fit the diff budget (a share of the model's context window). One batch is one agent
// run; a patch larger than a whole batch, or a binary file, is left out and named in the summary.
import type { PullFile } from '../github/gather-pull.js'
import { quoteAsData, stripInvisible } from '../github/sanitize.js'
import type { PullInfo } from '../github/types.js'
import { parsePatch } from './diff-lines.js'
import type { FileDiff } from './diff-lines.js'

export interface ReviewBatch {
  files: PullFile[]
  bytes: number
}

export interface LeftOut {
  path: string
  reason: string
}

/** Without a known context window, the same budget as the context of other tasks. */
const DEFAULT_DIFF_BYTES = 60_000
/** About four bytes a token; half the window for the diff leaves room for reading files and answering. */
const BYTES_PER_WINDOW_TOKEN = 2

export function diffBudget(contextWindow: number | undefined): number {
  return contextWindow === undefined
    ? DEFAULT_DIFF_BYTES
    : Math.min(DEFAULT_DIFF_BYTES * 2, contextWindow * BYTES_PER_WINDOW_TOKEN)
}

/** The lines GitHub accepts review comments on, per file. */
export function diffMap(files: readonly PullFile[]): Map<string, FileDiff> {
  return new Map(
    files.flatMap((file) =>
      file.patch === undefined ? [] : [[file.path, parsePatch(file.path, file.patch)]],
    ),
  )
}

export function batchFiles(
  files: readonly PullFile[],
  budget: number,
): { batches: ReviewBatch[]; leftOut: LeftOut[] } {
  const batches: ReviewBatch[] = []
  const leftOut: LeftOut[] = []
  let current: ReviewBatch = { files: [], bytes: 0 }
  for (const file of files) {
    if (file.patch === undefined) {
      leftOut.push({ path: file.path, reason: 'no text diff (binary, or too large for the API)' })
      continue
    }
    const size = Buffer.byteLength(file.patch)
    if (size > budget) {
      leftOut.push({ path: file.path, reason: `its diff (${size} bytes) is larger than the model's budget` })
      continue
    }
    if (current.bytes + size > budget && current.files.length > 0) {
      batches.push(current)
      current = { files: [], bytes: 0 }
    }
    current.files.push(file)
    current.bytes += size
  }
  if (current.files.length > 0) batches.push(current)
  return { batches, leftOut }
}

/** The batch as quoted data: the list of every changed file, then this batch's patches. */
export function batchContext(
  pull: PullInfo,
  all: readonly PullFile[],
  batch: ReviewBatch,
  position: { index: number; count: number },
): string[] {
  const list = all.map(
    (file) => `${file.status} ${displayPath(file.path)} (+${file.additions} -${file.deletions})`,
  )
  const patches = batch.files
    .map(
      (file) => `diff --git a/${displayPath(file.path)} b/${displayPath(file.path)}\n${file.patch ?? ''}\n`,
    )
    .join('')
  const part = position.count > 1 ? `, part ${position.index + 1} of ${position.count}` : ''
  const side = `base ${pull.baseRef} ${pull.baseSha.slice(0, 12)}, head ${pull.headSha.slice(0, 12)}`
  return [
    quoteAsData(
      `Files changed by pull request #${pull.number} (${all.length})`,
      stripInvisible(list.join('\n')),
    ),
    quoteAsData(`Diff to review (${side}${part})`, stripInvisible(patches)),
  ]
}

/** A file name on one line: control characters (a newline is legal in git paths) are escaped. */
export function displayPath(name: string): string {
  return /[\u0000-\u001f\u007f]/.test(name) ? JSON.stringify(name) : name
}
