// The one git client of the harness. Paths that come from the work tree (and so from the model)
// reach git only through files read with --pathspec-from-file under GIT_LITERAL_PATHSPECS, or
// after `--`; refs only after validation; nothing model-derived is ever placed where git would
// read an option.
import fs from 'node:fs/promises'
import path from 'node:path'
import { authEnv, type RemoteAuth } from './remote.js'
import { GitCommandError, readGitBlob, runGit } from './run.js'
import { BOT_IDENTITY } from './client-types.js'
import type { CommitSummary, GitClientOptions, Identity, PushMode } from './client-types.js'
import { createScratchRepo, type ScratchRepo } from './scratch.js'
import { refuseSpecialFiles } from './special-files.js'
import {
  parseNumstat,
  parseRawDiff,
  parseStatus,
  type ChangedFile,
  type StagedEntry,
  type WorkingChange,
} from './parse.js'

export class GitClient {
  private constructor(
    readonly workspace: string,
    readonly startSha: string,
    private readonly scratch: ScratchRepo,
    private readonly options: GitClientOptions,
  ) {}

  static async open(workspace: string, options: GitClientOptions): Promise<GitClient> {
    const root = path.resolve(workspace)
    const scratch = await createScratchRepo(root, options.startSha, options)
    return new GitClient(root, options.startSha, scratch, options)
  }

  /** Removes the scratch git dir (the checkout keeps any commit made). */
  async close(): Promise<void> {
    await this.scratch.remove()
  }

  /** What differs between the work tree and the start commit: edits, new files, deletions. */
  async workingChanges(): Promise<WorkingChange[]> {
    await refuseSpecialFiles(this.workspace)
    // The index is the scratch one, so status may write back what it learnt of each file's stat
    // data: the next status of this client then hashes only files that changed since.
    const output = await this.git(
      ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--ignore-submodules=all'],
      { GIT_OPTIONAL_LOCKS: '1' },
    )
    const changes = parseStatus(output)
    if (!changes.some((change) => change.kind === 'deleted')) return changes
    // In a sparse checkout, files outside the cone are absent on purpose: not deletions.
    const sparse = await this.skipWorktreePaths()
    return changes.filter((change) => !(change.kind === 'deleted' && sparse.has(change.path)))
  }

  /**
   * Puts the index back to the start commit, keeping the stat data of entries that match it
   * (`read-tree --reset`), so a diff taken again starts from nothing staged yet rehashes
   * only files that changed.
   */
  async unstageAll(): Promise<void> {
    await this.git(['read-tree', '--reset', this.startSha])
  }

  /** Stages these paths exactly as they are in the work tree (new, changed or deleted). */
  async stage(paths: string[]): Promise<void> {
    if (paths.length === 0) return
    const list = path.join(this.scratch.root, 'pathspec')
    await fs.writeFile(list, paths.map((entry) => `${entry}\0`).join(''))
    await this.git(['add', '--all', '--ignore-errors', `--pathspec-from-file=${list}`, '--pathspec-file-nul'])
  }

  /** Staged files against the start commit, with added/deleted line counts (0 for binary). */
  async stagedFiles(): Promise<ChangedFile[]> {
    const output = await this.git([
      'diff',
      '--cached',
      '--numstat',
      '-z',
      '-M',
      ...DIFF_SAFETY,
      this.startSha,
    ])
    return parseNumstat(output)
  }

  /** Staged entries as git records them: path, new mode and blob (for commits through the API). */
  async stagedEntries(): Promise<StagedEntry[]> {
    const output = await this.git([
      'diff',
      '--cached',
      '--raw',
      '-z',
      '--no-renames',
      '--no-abbrev',
      ...DIFF_SAFETY,
      this.startSha,
    ])
    return parseRawDiff(output)
  }

  /** Commits the index on top of the start commit; returns the commit's sha. No hook can run. */
  async commit(
    message: string,
    author: Identity = BOT_IDENTITY,
    committer: Identity = BOT_IDENTITY,
  ): Promise<string> {
    const tree = (await this.git(['write-tree'])).trim()
    const file = path.join(this.scratch.root, 'commit-message')
    await fs.writeFile(file, message)
    const env = {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
    }
    return (await this.git(['commit-tree', tree, '-p', this.startSha, '-F', file], env)).trim()
  }

  /**
   * Whether `tip` already holds exactly what is staged, judged as create-pull-request judges a
   * branch "not updated": the same tree, and as many commits ahead of the start commit as a new
   * commit would be (one).
   */
  async holdsStagedChange(tip: string): Promise<boolean> {
    const staged = (await this.git(['write-tree'])).trim()
    const tipTree = (await this.git(['rev-parse', '--verify', `${tip}^{tree}`])).trim()
    if (staged !== tipTree) return false
    const ahead = (await this.git(['rev-list', '--count', `${this.startSha}..${tip}`])).trim()
    return ahead === '1'
  }

  async blobSize(sha: string): Promise<number> {
    return Number((await this.git(['cat-file', '-s', sha])).trim())
  }

  async readBlob(sha: string): Promise<Buffer> {
    return readGitBlob(sha, this.runOptions())
  }

  /** `git check-ref-format` on `refs/heads/<branch>`: the name git itself would accept. */
  async isValidBranchName(branch: string): Promise<boolean> {
    if (branch.startsWith('-')) return false
    return (
      (await this.git(['check-ref-format', `refs/heads/${branch}`]).catch(ignoreGitFailure)) !== undefined
    )
  }

  /** A binary-safe patch of everything staged, against the start commit. */
  async writePatch(file: string): Promise<void> {
    await this.git([
      'diff',
      '--cached',
      '--binary',
      '--full-index',
      '--no-renames',
      ...DIFF_SAFETY,
      `--output=${file}`,
      this.startSha,
    ])
  }

  /** Applies a patch to the index only (the work tree is not touched), or to the work tree only. */
  async applyPatch(file: string, target: 'index' | 'work-tree' = 'index'): Promise<void> {
    const where = target === 'index' ? ['--cached'] : []
    await this.git(['apply', ...where, '--binary', '--whitespace=nowarn', '--', file])
  }

  /** Remote refs (full names) → sha, for the refs asked about that exist. */
  async lsRemote(auth: RemoteAuth, refs: string[]): Promise<Map<string, string>> {
    const output = await this.git(['ls-remote', '--', auth.repoUrl, ...refs], authEnv(auth))
    const found = new Map<string, string>()
    for (const line of output.split('\n')) {
      const [sha, ref] = line.split('\t')
      if (sha && ref && refs.includes(ref)) found.set(ref, sha)
    }
    return found
  }

  /** Fetches one remote ref (or commit) into the checkout's object store; returns its sha. */
  async fetch(auth: RemoteAuth, source: string, depth?: number): Promise<string> {
    const target = 'refs/codex-pr-action/fetched'
    const args = ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--no-recurse-submodules']
    if (depth !== undefined) args.push(`--depth=${depth}`)
    await this.git([...args, '--', auth.repoUrl, `+${source}:${target}`], authEnv(auth))
    return (await this.git(['rev-parse', '--verify', target])).trim()
  }

  /** Up to `max` commits from `sha` along first parents, newest first (the checkout must have them). */
  async firstParentCommits(sha: string, max: number): Promise<CommitSummary[]> {
    const format = '%H%x1f%an%x1f%B%x1e'
    const output = await this.git([
      'log',
      '--first-parent',
      `--max-count=${max}`,
      `--format=${format}`,
      sha,
      '--',
    ])
    return output
      .split('\x1e')
      .map((record) => record.replace(/^\n/, '').split('\x1f'))
      .filter((fields) => fields.length === 3)
      .map(([commit = '', author = '', message = '']) => ({ sha: commit, author, message }))
  }

  /** Paths under `folder` whose content differs between two commits (added, changed or deleted). */
  async changedPaths(from: string, to: string, folder: string): Promise<string[]> {
    const output = await this.git([
      'diff',
      '--name-only',
      '-z',
      '--no-renames',
      ...DIFF_SAFETY,
      from,
      to,
      '--',
      folder,
    ])
    return output.split('\0').filter((entry) => entry !== '')
  }

  /** Pushes `sha` to `refs/heads/<branch>`; the token is in this one command's environment only. */
  async push(auth: RemoteAuth, sha: string, branch: string, mode: PushMode): Promise<void> {
    const ref = `refs/heads/${branch}`
    const lease = mode.kind === 'lease' ? [`--force-with-lease=${ref}:${mode.expected}`] : []
    this.options.log?.(`git push ${auth.repoUrl} ${sha}:${ref}${lease.length > 0 ? ' (with lease)' : ''}`)
    // Not abortable: a push cut off midway leaves no one knowing whether the branch moved. Callers
    // check their signal right before pushing instead.
    const args = [
      'push',
      '--porcelain',
      '--no-verify',
      '--no-recurse-submodules',
      ...lease,
      '--',
      auth.repoUrl,
      `${sha}:${ref}`,
    ]
    await runGit(args, {
      ...this.runOptions(),
      signal: undefined,
      env: { ...this.scratch.env, ...authEnv(auth) },
    })
  }

  /** Paths the checkout's own index marks skip-worktree (sparse checkout). */
  private async skipWorktreePaths(): Promise<Set<string>> {
    const index = path.join(this.scratch.checkoutGitDir, 'index')
    const output = await this.git(['ls-files', '-t', '-z'], { GIT_INDEX_FILE: index }).catch(ignoreGitFailure)
    const paths = new Set<string>()
    for (const record of (output ?? '').split('\0')) if (record.startsWith('S ')) paths.add(record.slice(2))
    return paths
  }

  private git(args: string[], env: Record<string, string> = {}): Promise<string> {
    return runGit(args, { ...this.runOptions(), env: { ...this.scratch.env, ...env } })
  }

  private runOptions() {
    return {
      cwd: this.workspace,
      env: this.scratch.env,
      home: this.scratch.home,
      signal: this.options.signal,
    }
  }
}

/** Diffs that never run a configured program (external diff, textconv) and skip submodules. */
const DIFF_SAFETY = ['--no-ext-diff', '--no-textconv', '--ignore-submodules=all']

function ignoreGitFailure(error: unknown): undefined {
  if (error instanceof GitCommandError) return undefined
  throw error
}

export function createGitClient(workspace: string, options: GitClientOptions): Promise<GitClient> {
  return GitClient.open(workspace, options)
}
