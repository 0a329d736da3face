// The Codex `apply_patch` applier: parse, check every path, then apply in order. Output and exit
// codes read as Codex's standalone `apply_patch` prints them; stderr is always one line.
import { ApplyError, applyHunks } from './applier.js'
import type { AppliedChange, CheckedHunk } from './applier.js'
import { parsePatch } from './parser.js'
import type { Hunk } from './parser.js'
import { UnsafePathError, checkPatchPath, openWorkspace } from './paths.js'
import type { Workspace } from './paths.js'
import { errorMessage } from '../../common/errors.js'

export { parsePatch } from './parser.js'
export type { Hunk, UpdateChunk } from './parser.js'
export { extractApplyPatch } from './invocation.js'

export interface ApplyPatchOptions {
  /** Absolute workspace root: nothing outside it may be touched. */
  workspace: string
  /** Where relative patch paths resolve (default: the workspace); must be inside it. */
  cwd?: string | undefined
  /** Refuse without touching disk (the read-only sandbox policy). */
  readOnly?: boolean | undefined
}

export interface ApplyPatchResult {
  ok: boolean
  exitCode: 0 | 1
  stdout: string
  stderr: string
  /** What was actually written, even on failure; paths relative to the workspace, `/`-separated. */
  changes: AppliedChange[]
}

export const READ_ONLY_REFUSAL =
  'the read-only sandbox policy forbids edits; apply_patch changed nothing (this task may only read files)'

export async function applyPatch(patchText: string, options: ApplyPatchOptions): Promise<ApplyPatchResult> {
  if (options.readOnly) return failure(READ_ONLY_REFUSAL, [])
  const parsed = parsePatch(patchText)
  if (!parsed.ok) return failure(parsed.error, [])
  if (parsed.hunks.length === 0) return failure('No files were modified.', [])

  let checked: CheckedHunk[]
  try {
    const workspace = await openWorkspace(options.workspace, options.cwd)
    checked = await checkHunks(parsed.hunks, workspace)
  } catch (error) {
    return failure(failureText(error), [])
  }

  const changes: AppliedChange[] = []
  try {
    await applyHunks(checked, changes)
  } catch (error) {
    return failure(failureText(error), changes)
  }
  return { ok: true, exitCode: 0, stdout: summary(checked), stderr: '', changes }
}

/** All paths, Move to included, are checked before anything is written. */
async function checkHunks(hunks: readonly Hunk[], workspace: Workspace): Promise<CheckedHunk[]> {
  const checked: CheckedHunk[] = []
  for (const hunk of hunks) {
    const target = await checkPatchPath(hunk.path, workspace)
    if (hunk.type === 'add') checked.push({ type: 'add', path: target, contents: hunk.contents })
    else if (hunk.type === 'delete') checked.push({ type: 'delete', path: target })
    else {
      const movePath =
        hunk.movePath === undefined ? undefined : await checkPatchPath(hunk.movePath, workspace)
      checked.push({ type: 'update', path: target, movePath, chunks: hunk.chunks })
    }
  }
  return checked
}

/** Codex's summary: added, then modified (a move shows its new name), then deleted. */
function summary(hunks: readonly CheckedHunk[]): string {
  const added: string[] = []
  const modified: string[] = []
  const deleted: string[] = []
  for (const hunk of hunks) {
    if (hunk.type === 'add') added.push(`A ${hunk.path.display}`)
    else if (hunk.type === 'delete') deleted.push(`D ${hunk.path.display}`)
    else modified.push(`M ${(hunk.movePath ?? hunk.path).display}`)
  }
  return ['Success. Updated the following files:', ...added, ...modified, ...deleted, ''].join('\n')
}

function failure(message: string, changes: AppliedChange[]): ApplyPatchResult {
  return { ok: false, exitCode: 1, stdout: '', stderr: `${withUnixNewlines(message)}\n`, changes }
}

function failureText(error: unknown): string {
  if (error instanceof UnsafePathError || error instanceof ApplyError) return error.message
  return `apply_patch failed: ${errorMessage(error)}`
}

/** Line breaks as `\n`, whatever the patch used, so the message prints as Codex prints it. */
function withUnixNewlines(message: string): string {
  return message.replace(/\r\n?/g, '\n')
}
