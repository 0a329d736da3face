// Where git keeps configuration a sandboxed command could read credentials from: every git folder
// of the repositories the sandbox shows (the repository itself, its submodules and nested
// submodules under `.git/modules/`, the main repository of a linked worktree), nested checkouts in
// the workspace, and the user's and the system's global configs. actions/checkout with
// `submodules: true` writes the token's extraheader into each `.git/modules/*/config`.
import fs from 'node:fs/promises'
import path from 'node:path'

/** Folders inside a git folder that hold objects and history, never configuration. */
const SKIPPED_IN_GIT_DIR = new Set(['objects', 'refs', 'logs', 'lfs', 'rr-cache'])
/** Folders of a workspace not searched for nested checkouts: big, and never a checkout. */
const SKIPPED_IN_WORKSPACE = new Set(['node_modules', '.git', 'target', 'dist', 'build', 'vendor'])
const MAX_ENTRIES = 20_000
const NESTED_CHECKOUT_DEPTH = 4

/** What a git folder or a `.git` file (`gitdir: …`, worktrees and submodules) leads to. */
async function gitDirsOf(dotGit: string, read: string[]): Promise<string[]> {
  const stat = await fs.lstat(dotGit).catch(() => undefined)
  if (!stat) return []
  if (stat.isDirectory()) return [await fs.realpath(dotGit)]
  if (!stat.isFile()) return []
  read.push(dotGit)
  const text = await fs.readFile(dotGit, 'utf8').catch(() => '')
  const pointer = /^gitdir:\s*(.+?)\s*$/m.exec(text)?.[1]
  if (!pointer) return []
  const gitDir = await fs.realpath(path.resolve(path.dirname(dotGit), pointer)).catch(() => undefined)
  if (!gitDir) return []
  // A linked worktree's `commondir` is the main repository's git folder, with its config.
  read.push(gitDir)
  const common = (await fs.readFile(path.join(gitDir, 'commondir'), 'utf8').catch(() => '')).trim()
  const commonDir = common
    ? await fs.realpath(path.resolve(gitDir, common)).catch(() => undefined)
    : undefined
  return commonDir ? [gitDir, commonDir] : [gitDir]
}

/** The git folders of the repository enclosing `folder` (the folder itself or a parent). */
async function enclosingGitDirs(folder: string, read: string[]): Promise<string[]> {
  let current = path.resolve(folder)
  for (;;) {
    read.push(current)
    const found = await gitDirsOf(path.join(current, '.git'), read)
    if (found.length > 0) return found
    const parent = path.dirname(current)
    if (parent === current) return []
    current = parent
  }
}

/** `.git` entries of checkouts nested in `root` (another repository checked out with `path:`). */
async function nestedGitDirs(root: string, read: string[]): Promise<string[]> {
  const found: string[] = []
  let budget = MAX_ENTRIES
  const visit = async (dir: string, depth: number): Promise<void> => {
    read.push(dir)
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      if (--budget < 0) return
      const full = path.join(dir, entry.name)
      if (entry.name === '.git' && dir !== root) found.push(...(await gitDirsOf(full, read)))
      else if (entry.isDirectory() && depth > 0 && !SKIPPED_IN_WORKSPACE.has(entry.name))
        await visit(full, depth - 1)
    }
  }
  await visit(root, NESTED_CHECKOUT_DEPTH)
  return found
}

/** Every file under a git folder that is a config (`config`, `config.worktree`) or names credentials. */
export async function configFilesIn(
  gitDir: string,
  read: string[] = [],
): Promise<{ configs: string[]; credentials: string[] }> {
  const configs: string[] = []
  const credentials: string[] = []
  let budget = MAX_ENTRIES
  const visit = async (dir: string): Promise<void> => {
    read.push(dir)
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      if (--budget < 0) return
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!SKIPPED_IN_GIT_DIR.has(entry.name)) await visit(full)
      } else if (entry.isFile()) {
        if (entry.name === 'config' || entry.name === 'config.worktree') configs.push(full)
        else if (/credential|netrc/i.test(entry.name)) credentials.push(full)
      }
    }
  }
  await visit(gitDir)
  return { configs, credentials }
}

/** The git folders a sandbox showing `folders` exposes: enclosing, pointed-to and nested ones. */
export async function gitDirsFor(folders: string[], read: string[] = []): Promise<string[]> {
  const gitDirs = new Set<string>()
  for (const folder of folders) {
    for (const gitDir of await enclosingGitDirs(folder, read)) gitDirs.add(gitDir)
    for (const gitDir of await nestedGitDirs(folder, read)) gitDirs.add(gitDir)
  }
  // A folder nested in another is searched as part of it.
  const sorted = [...gitDirs].sort((a, b) => a.length - b.length)
  return sorted.filter((dir, index) => !sorted.slice(0, index).some((outer) => isUnder(dir, outer)))
}

function isUnder(child: string, parent: string): boolean {
  const relative = path.relative(parent, child)
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}

/** git's global and system config files for these home folders (the ones that exist are read). */
export function globalConfigFiles(parentEnv: NodeJS.ProcessEnv, homes: string[]): string[] {
  const files = ['/etc/gitconfig']
  for (const home of homes) {
    files.push(path.join(home, '.gitconfig'), path.join(home, '.config', 'git', 'config'))
  }
  if (parentEnv.XDG_CONFIG_HOME) files.push(path.join(parentEnv.XDG_CONFIG_HOME, 'git', 'config'))
  if (parentEnv.GIT_CONFIG_GLOBAL) files.push(parentEnv.GIT_CONFIG_GLOBAL)
  return files.filter((file) => path.isAbsolute(file))
}

/** git's default credential-store files for these home folders. */
export function defaultCredentialFiles(parentEnv: NodeJS.ProcessEnv, homes: string[]): string[] {
  const files = homes.flatMap((home) => [
    path.join(home, '.git-credentials'),
    path.join(home, '.config', 'git', 'credentials'),
  ])
  if (parentEnv.XDG_CONFIG_HOME) files.push(path.join(parentEnv.XDG_CONFIG_HOME, 'git', 'credentials'))
  return files.filter((file) => path.isAbsolute(file))
}
