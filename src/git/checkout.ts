// Puts the workspace on a PR's head commit before the agent starts. A workflow triggered by a
// comment checks out the default branch (or, for review events, GitHub's test merge), but the
// agent must work on — and the harness push onto — the PR's own code.
import { mkdtemp, rm } from 'node:fs/promises'
import path from 'node:path'
import type { PullInfo } from '../github/types.js'
import { authEnv } from './remote.js'
import type { RemoteAuth } from './remote.js'
import { runGit } from './run.js'

const FETCHED_REF = 'refs/codex-pr-action/pull-head'

export async function checkoutPullHead(
  workspace: string,
  auth: RemoteAuth,
  pull: PullInfo,
  options: { tempRoot: string; log: (line: string) => void; signal?: AbortSignal | undefined },
): Promise<string> {
  // An empty HOME: no ~/.gitconfig or credential store of the runner is read.
  const home = await mkdtemp(path.join(options.tempRoot, 'codex-git-home-'))
  const run = (args: string[], env: Record<string, string> = {}) =>
    runGit(args, { cwd: workspace, env, home, signal: options.signal })
  try {
    // refs/pull/N/head lives in the base repository, for fork PRs too: nothing is fetched from a fork.
    await run(
      [
        'fetch',
        '--quiet',
        '--no-tags',
        '--no-write-fetch-head',
        '--no-recurse-submodules',
        '--depth=50',
        '--',
        auth.repoUrl,
        `+refs/pull/${pull.number}/head:${FETCHED_REF}`,
      ],
      authEnv(auth),
    )
    const fetched = (await run(['rev-parse', '--verify', `${FETCHED_REF}^{commit}`])).trim()
    if (fetched !== pull.headSha) {
      throw new Error(
        `the head of PR #${pull.number} moved to ${fetched.slice(0, 7)} while the run started (expected ${pull.headSha.slice(0, 7)}); nothing was changed. Re-run the command.`,
      )
    }
    await run(['checkout', '--quiet', '--force', '--detach', fetched])
    options.log(`workspace: PR #${pull.number} head ${fetched.slice(0, 7)} (${pull.headRef})`)
    return fetched
  } finally {
    await rm(home, { recursive: true, force: true })
  }
}

interface CommitOptions {
  tempRoot: string
  signal?: AbortSignal | undefined
}

/**
 * Fetches one commit by its sha from the repository (GitHub serves any reachable commit); false
 * when the repository no longer has it (a force-push or a deleted branch took it away).
 */
export async function fetchCommit(
  workspace: string,
  auth: RemoteAuth,
  sha: string,
  options: CommitOptions,
): Promise<boolean> {
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) return false
  return withEmptyHome(workspace, options, async (run) => {
    try {
      const fetchArgs = ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--no-recurse-submodules']
      await run([...fetchArgs, '--depth=1', '--', auth.repoUrl, sha], authEnv(auth))
      await run(['cat-file', '-e', `${sha}^{commit}`])
      return true
    } catch {
      return false
    }
  })
}

/** Puts the workspace on a commit fetchCommit brought in, detached. */
export async function checkoutCommit(workspace: string, sha: string, options: CommitOptions): Promise<void> {
  await withEmptyHome(workspace, options, (run) => run(['checkout', '--quiet', '--force', '--detach', sha]))
}

async function withEmptyHome<T>(
  workspace: string,
  options: CommitOptions,
  use: (run: (args: string[], env?: Record<string, string>) => Promise<string>) => Promise<T>,
): Promise<T> {
  const home = await mkdtemp(path.join(options.tempRoot, 'codex-git-home-'))
  try {
    return await use((args, env = {}) => runGit(args, { cwd: workspace, env, home, signal: options.signal }))
  } finally {
    await rm(home, { recursive: true, force: true })
  }
}
