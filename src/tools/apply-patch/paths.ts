// Path safety for patches (beyond Codex): a patch written by a hostile model may only touch
// files inside the workspace. Every path of every hunk is checked before the first write, and
// the applier then works on the checked absolute paths only, so `a/../b` never goes through `a`.
import { lstat, realpath } from 'node:fs/promises'
import path from 'node:path'

export class UnsafePathError extends Error {}

export interface Workspace {
  /** Lexically resolved workspace root. */
  root: string
  /** The root with symlinks resolved, to compare real paths against. */
  realRoot: string
  /** Absolute folder relative patch paths resolve against (inside the root). */
  cwd: string
}

export interface CheckedPath {
  /** The path as the patch wrote it (for messages, as Codex shows it). */
  display: string
  /** Absolute, normalised, no `..`: the name to create, delete or rename. */
  absolute: string
  /** Where content is read and written: the symlink's target when the last component is one. */
  ioPath: string
  /** Relative to the workspace root, forward slashes. */
  relative: string
}

// C0, DEL and C1 controls: they hide or reorder what a reviewer sees in a path.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/

export function quotePath(rawPath: string): string {
  return JSON.stringify(rawPath)
}

export async function openWorkspace(workspace: string, cwd?: string): Promise<Workspace> {
  const root = path.resolve(workspace)
  const realRoot = await realpath(root).catch(() => {
    throw new UnsafePathError(`workspace ${quotePath(root)} does not exist`)
  })
  const resolvedCwd = path.resolve(root, cwd ?? root)
  if (!isInside(root, resolvedCwd, true)) {
    throw new UnsafePathError(`working directory ${quotePath(resolvedCwd)} is outside the workspace`)
  }
  const realCwd = await realpath(resolvedCwd).catch(() => undefined)
  if (realCwd !== undefined && !isInside(realRoot, realCwd, true)) {
    throw new UnsafePathError(
      `working directory ${quotePath(resolvedCwd)} leaves the workspace through a symlink`,
    )
  }
  return { root, realRoot, cwd: resolvedCwd }
}

/** Checks one patch path; throws UnsafePathError naming it. */
export async function checkPatchPath(rawPath: string, workspace: Workspace): Promise<CheckedPath> {
  const shown = quotePath(rawPath)
  if (rawPath === '') throw new UnsafePathError('apply_patch rejected an empty path')
  if (CONTROL_CHARACTER.test(rawPath)) {
    throw new UnsafePathError(`apply_patch rejected path ${shown}: it contains a NUL or control character`)
  }
  if (path.isAbsolute(rawPath)) {
    throw new UnsafePathError(
      `apply_patch rejected path ${shown}: absolute paths are not allowed; use a path relative to the workspace`,
    )
  }
  const absolute = path.resolve(workspace.cwd, rawPath)
  if (absolute === workspace.root) {
    throw new UnsafePathError(
      `apply_patch rejected path ${shown}: it names the workspace folder itself, not a file`,
    )
  }
  if (!isInside(workspace.root, absolute, false)) {
    throw new UnsafePathError(`apply_patch rejected path ${shown}: it escapes the workspace`)
  }
  const relative = path.relative(workspace.root, absolute)
  if (touchesGitDirectory(relative)) {
    throw new UnsafePathError(`apply_patch rejected path ${shown}: files under .git/ may not be changed`)
  }
  const ioPath = await checkSymlinks(relative, workspace, shown)
  return { display: rawPath, absolute, ioPath, relative: relative.split(path.sep).join('/') }
}

/** Walks every existing component; a symlink must resolve inside the workspace and outside .git. */
async function checkSymlinks(relative: string, workspace: Workspace, shown: string): Promise<string> {
  const segments = relative.split(path.sep)
  let current = workspace.root
  for (let index = 0; index < segments.length; index++) {
    current = path.join(current, segments[index] as string)
    const stats = await lstat(current).catch((error: unknown) => {
      if (isMissing(error)) return undefined
      throw error
    })
    if (stats === undefined) return path.resolve(workspace.root, relative)
    if (!stats.isSymbolicLink()) continue
    const target = await realpath(current).catch(() => {
      throw new UnsafePathError(
        `apply_patch rejected path ${shown}: it goes through a symlink that cannot be resolved`,
      )
    })
    if (!isInside(workspace.realRoot, target, false)) {
      throw new UnsafePathError(
        `apply_patch rejected path ${shown}: it goes through a symlink that leaves the workspace`,
      )
    }
    if (touchesGitDirectory(path.relative(workspace.realRoot, target))) {
      throw new UnsafePathError(`apply_patch rejected path ${shown}: it goes through a symlink into .git/`)
    }
    if (index === segments.length - 1) return target
  }
  return path.resolve(workspace.root, relative)
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code === 'ENOENT' || code === 'ENOTDIR'
}

function isInside(root: string, candidate: string, allowRoot: boolean): boolean {
  const relative = path.relative(root, candidate)
  if (relative === '') return allowRoot
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative)
}

function touchesGitDirectory(relative: string): boolean {
  return relative.split(path.sep).some((segment) => segment.toLowerCase() === '.git')
}
