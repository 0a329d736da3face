// What of the agent's work goes into the commit. Everything it changed, except what must not or
// cannot be pushed; each exclusion is reported with its reason, never dropped silently.
import fs from 'node:fs/promises'
import path from 'node:path'
import type { GitClient } from './client.js'
import type { WorkingChange } from './parse.js'

export const MAX_FILE_BYTES = 50 * 1024 * 1024

export type LeftOutKind = 'workflow' | 'too-large' | 'symlink' | 'nested-repo' | 'git-dir' | 'secret'

export interface LeftOut {
  path: string
  reason: string
  kind: LeftOutKind
}

export interface StagePolicy {
  /** Include changes under `.github/workflows/` (GITHUB_TOKEN cannot push them; a PAT can). */
  allowWorkflowChanges: boolean
  maxFileBytes?: number | undefined
  /** True when a file's bytes carry a secret (the token, the model key): such a file stays out. */
  containsSecret?: ((content: Buffer) => boolean) | undefined
}

export interface StageResult {
  staged: WorkingChange[]
  leftOut: LeftOut[]
}

const REASONS: Record<LeftOutKind, string> = {
  workflow: 'workflow file: GITHUB_TOKEN may not push changes under .github/workflows/',
  'too-large': 'larger than 50 MB',
  symlink: 'symbolic link pointing outside the workspace',
  'nested-repo': 'a nested git repository',
  'git-dir': 'inside a .git folder',
  secret: 'contains a secret (the token or a key); never pushed',
}

export function isWorkflowPath(file: string): boolean {
  return file.startsWith('.github/workflows/')
}

/** Stages the agent's changes minus the exclusions, and says what was left out and why. */
export async function stageChanges(git: GitClient, policy: StagePolicy): Promise<StageResult> {
  const staged: WorkingChange[] = []
  const leftOut: LeftOut[] = []
  for (const change of await git.workingChanges()) {
    const kind = await exclusion(git.workspace, change, policy)
    if (kind) leftOut.push({ path: change.path, reason: REASONS[kind], kind })
    else staged.push(change)
  }
  await git.stage(staged.map((change) => change.path))
  return { staged, leftOut }
}

async function exclusion(
  workspace: string,
  change: WorkingChange,
  policy: StagePolicy,
): Promise<LeftOutKind | undefined> {
  if (change.path.split('/').some((segment) => segment.toLowerCase() === '.git')) return 'git-dir'
  if (change.nestedRepo) return 'nested-repo'
  if (isWorkflowPath(change.path) && !policy.allowWorkflowChanges) return 'workflow'
  if (change.kind === 'deleted') return undefined
  const absolute = path.join(workspace, change.path)
  const stat = await fs.lstat(absolute).catch(() => undefined)
  if (!stat) return undefined
  if (stat.isSymbolicLink()) {
    return symlinkEscapes(workspace, absolute, await fs.readlink(absolute)) ? 'symlink' : undefined
  }
  if (!stat.isFile()) return undefined
  if (stat.size > (policy.maxFileBytes ?? MAX_FILE_BYTES)) return 'too-large'
  if (policy.containsSecret && policy.containsSecret(await fs.readFile(absolute))) return 'secret'
  return undefined
}

/** A link is kept only if its target, resolved from where it lives, stays inside the workspace. */
export function symlinkEscapes(workspace: string, linkPath: string, target: string): boolean {
  if (path.isAbsolute(target)) return true
  const resolved = path.resolve(path.dirname(linkPath), target)
  const relative = path.relative(workspace, resolved)
  if (relative === '') return false
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return true
  return relative.split(path.sep)[0]?.toLowerCase() === '.git'
}
