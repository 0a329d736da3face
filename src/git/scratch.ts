// The harness never runs git under the checkout's own `.git/config`: whatever the agent (or a
// hostile repository) put there — hooks, fsmonitor, clean filters, url rewrites, includes, a stale
// credential — is simply never read. Instead each publish works in a scratch git dir whose config
// the harness writes, sharing the checkout's object store and work tree:
//   GIT_DIR=<scratch>/git  GIT_WORK_TREE=<workspace>  GIT_OBJECT_DIRECTORY=<checkout>/.git/objects
// Commits made there land in the checkout's object store, so the checkout can read them afterwards.
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { authEnv, type RemoteAuth } from './remote.js'
import { GitCommandError, runGit } from './run.js'
import { FULL_SHA } from '../common/shapes.js'

export interface ScratchRepo {
  /** The scratch folder (git dir, HOME, temporary files); removed by `remove`. */
  root: string
  gitDir: string
  home: string
  /** The checkout's git dir (where `.git` points) and common dir (objects, shallow, info). */
  checkoutGitDir: string
  checkoutCommonDir: string
  /** GIT_* variables that select the scratch git dir over the workspace. */
  env: Record<string, string>
  remove(): Promise<void>
}

/** `<workspace>/.git` as a folder, or a `gitdir:` file (worktrees, submodules). */
export async function findGitDir(workspace: string): Promise<{ gitDir: string; commonDir: string }> {
  const dotGit = path.join(workspace, '.git')
  const stat = await fs.lstat(dotGit).catch(() => undefined)
  if (!stat) throw new Error(`${workspace} is not a git checkout (no .git): run actions/checkout first`)
  let gitDir = dotGit
  if (stat.isFile()) {
    const pointer = /^gitdir:\s*(.+?)\s*$/m.exec(await fs.readFile(dotGit, 'utf8'))
    if (!pointer?.[1]) throw new Error(`${dotGit} is neither a folder nor a 'gitdir:' file`)
    gitDir = path.resolve(workspace, pointer[1])
  } else if (!stat.isDirectory()) {
    throw new Error(`${dotGit} is neither a folder nor a 'gitdir:' file`)
  }
  const common = await fs.readFile(path.join(gitDir, 'commondir'), 'utf8').catch(() => undefined)
  return { gitDir, commonDir: common ? path.resolve(gitDir, common.trim()) : gitDir }
}

export interface ScratchOptions {
  tempRoot?: string | undefined
  /** Fetch the start commit from here when the checkout lacks it (the two-job publish). */
  fetchStartFrom?: RemoteAuth | undefined
}

export async function createScratchRepo(
  workspace: string,
  startSha: string,
  options: ScratchOptions = {},
): Promise<ScratchRepo> {
  if (!FULL_SHA.test(startSha)) throw new Error(`the start commit '${startSha}' is not a full commit sha`)
  const { gitDir: checkoutGitDir, commonDir } = await findGitDir(workspace)
  const root = await fs.mkdtemp(path.join(options.tempRoot ?? os.tmpdir(), 'codex-git-'))
  const remove = () => fs.rm(root, { recursive: true, force: true })
  try {
    const gitDir = path.join(root, 'git')
    const home = path.join(root, 'home')
    await fs.mkdir(path.join(gitDir, 'refs', 'heads'), { recursive: true })
    await fs.mkdir(path.join(gitDir, 'objects'), { recursive: true })
    await fs.mkdir(path.join(gitDir, 'info'), { recursive: true })
    await fs.mkdir(home)
    await fs.writeFile(path.join(gitDir, 'HEAD'), `${startSha}\n`)
    await fs.writeFile(path.join(gitDir, 'config'), scratchConfig(startSha.length === 64))
    // Data files only: which commits are shallow, and which paths the user ignores locally.
    await copyIfPresent(path.join(commonDir, 'shallow'), path.join(gitDir, 'shallow'))
    await copyIfPresent(path.join(commonDir, 'info', 'exclude'), path.join(gitDir, 'info', 'exclude'))
    const env = {
      GIT_DIR: gitDir,
      GIT_WORK_TREE: workspace,
      GIT_OBJECT_DIRECTORY: path.join(commonDir, 'objects'),
      GIT_LITERAL_PATHSPECS: '1',
    }
    const scratch: ScratchRepo = {
      root,
      gitDir,
      home,
      checkoutGitDir,
      checkoutCommonDir: commonDir,
      env,
      remove,
    }
    if (!(await isCommit(startSha, workspace, env, home)) && options.fetchStartFrom) {
      const auth = options.fetchStartFrom
      const fetch = [
        'fetch',
        '--quiet',
        '--no-tags',
        '--no-write-fetch-head',
        '--depth=1',
        '--',
        auth.repoUrl,
        startSha,
      ]
      await runGit(fetch, { cwd: workspace, env: { ...env, ...authEnv(auth) }, home }).catch(() => undefined)
    }
    if (!(await isCommit(startSha, workspace, env, home))) {
      throw new Error(`the start commit ${startSha} is not in the checkout at ${workspace}`)
    }
    await runGit(['read-tree', startSha], { cwd: workspace, env, home })
    return scratch
  } catch (error) {
    await remove()
    throw error
  }
}

async function isCommit(
  sha: string,
  cwd: string,
  env: Record<string, string>,
  home: string,
): Promise<boolean> {
  try {
    return (await runGit(['cat-file', '-t', sha], { cwd, env, home })).trim() === 'commit'
  } catch (error) {
    if (error instanceof GitCommandError) return false
    throw error
  }
}

function scratchConfig(sha256: boolean): string {
  const core = '\tbare = false\n\tfilemode = true\n\tsymlinks = true\n\tlogallrefupdates = false\n'
  // Format version 0 unless the checkout uses SHA-256 (older gits reject unknown extensions).
  if (!sha256) return `[core]\n\trepositoryformatversion = 0\n${core}`
  return `[core]\n\trepositoryformatversion = 1\n${core}[extensions]\n\tobjectformat = sha256\n`
}

async function copyIfPresent(from: string, to: string): Promise<void> {
  try {
    await fs.copyFile(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
}
