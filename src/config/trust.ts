// Project trust as Codex decides it: a project's own `.codex/config.toml` comes from whoever wrote
// the repository, so it is applied in full only when the user's config says `[projects."<path>"]
// trust_level = "trusted"` for that folder, the project root, or (for a linked worktree) the main
// checkout. Trust is read from the user's layers only: a project file cannot trust itself.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { isTable } from './reader.js'
import type { TomlTableLike } from './reader.js'

export type TrustLevel = 'trusted' | 'untrusted'

export interface TrustDecision {
  level: TrustLevel | undefined
  /** The folder to name in `[projects."…"]`: the one that matched, else the repository root. */
  key: string
}

/** The nearest ancestor of `cwd` (itself included) holding `.git`; undefined outside a repository. */
export function findProjectRoot(cwd: string): string | undefined {
  let dir = path.resolve(cwd)
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return dir
    const parent = path.dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

/** Folders from the project root down to `cwd`, root first (just `cwd` outside a repository). */
export function foldersFromRoot(cwd: string, root: string | undefined): string[] {
  const target = path.resolve(cwd)
  if (root === undefined) return [target]
  const parts = path.relative(root, target).split(path.sep).filter(Boolean)
  return [root, ...parts.map((_, i) => path.join(root, ...parts.slice(0, i + 1)))]
}

/**
 * For a linked worktree (`.git` is a file naming `…/.git/worktrees/<name>`), the main checkout,
 * so that trusting the repository once covers its worktrees, as in Codex.
 */
function mainCheckoutOf(root: string): string | undefined {
  const dotGit = path.join(root, '.git')
  try {
    if (!statSync(dotGit).isFile()) return root
    const gitdir = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1]?.trim()
    if (gitdir === undefined) return undefined
    const common = path.resolve(
      root,
      gitdir,
      readFileSync(path.join(path.resolve(root, gitdir), 'commondir'), 'utf8').trim(),
    )
    return path.basename(common) === '.git' ? path.dirname(common) : undefined
  } catch {
    return undefined
  }
}

/** The spellings a folder may have in `[projects]`: as given and with links resolved. */
function lookupKeys(dir: string): string[] {
  let real = dir
  try {
    real = realpathSync(dir)
  } catch {
    // keep the spelling we have
  }
  return [...new Set([real, dir])]
}

/** `[projects."<path>"] trust_level` values of the user's merged layers. */
export function trustTable(userRoot: TomlTableLike): Map<string, TrustLevel> {
  const levels = new Map<string, TrustLevel>()
  const projects = userRoot['projects']
  if (!isTable(projects)) return levels
  for (const [key, entry] of Object.entries(projects)) {
    const level = isTable(entry) ? entry['trust_level'] : undefined
    if (level === 'trusted' || level === 'untrusted') levels.set(key.replace(/\/+$/, '') || '/', level)
  }
  return levels
}

/** Codex's order: the folder itself, then the project root, then the main checkout. */
export function decideTrust(
  dir: string,
  root: string | undefined,
  levels: ReadonlyMap<string, TrustLevel>,
): TrustDecision {
  const main = root === undefined ? undefined : mainCheckoutOf(root)
  for (const candidate of [dir, root, main]) {
    if (candidate === undefined) continue
    for (const key of lookupKeys(candidate)) {
      const level = levels.get(key)
      if (level !== undefined) return { level, key }
    }
  }
  const fallback = main ?? root ?? dir
  return { level: undefined, key: lookupKeys(fallback)[0] ?? fallback }
}
