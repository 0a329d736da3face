// Checks before the action replaces or creates a branch with commits that are not only its own:
// commits someone else pushed onto one of its stable branches are never dropped, and a fork's
// workflow files never reach a branch of this repository.
import type { CommitSummary, GitClient, RemoteAuth } from '../git/index.js'
import { PublishError, shortSha } from './errors.js'

/** How far back a stable branch is searched for the action's own last commit. */
const HISTORY_DEPTH = 20

/**
 * A stable branch (schedule, dispatch, CI fix) is replaced by each run. Before that, every commit
 * on it from its tip down to the action's own last commit must be the action's: anything else was
 * pushed by someone, and replacing the branch would discard it. A commit is the action's when its
 * message carries the `Run:` line of a run of this repository.
 */
export async function refuseForeignCommits(
  git: GitClient,
  auth: RemoteAuth,
  branch: string,
  runUrlPrefix: string,
): Promise<void> {
  const tip = await git.fetch(auth, `refs/heads/${branch}`, HISTORY_DEPTH)
  const commits = await git.firstParentCommits(tip, HISTORY_DEPTH)
  const ours = (commit: CommitSummary) =>
    commit.message.split('\n').some((line) => line.startsWith(`Run: ${runUrlPrefix}`))
  const foreign: CommitSummary[] = []
  for (const commit of commits) {
    if (ours(commit)) break
    foreign.push(commit)
  }
  if (foreign.length === 0) return
  const named = foreign
    .slice(0, 5)
    .map((commit) => `${shortSha(commit.sha)} by ${commit.author} ("${subject(commit.message)}")`)
    .join(', ')
  const more = foreign.length > 5 ? ` and ${foreign.length - 5} more` : ''
  throw new PublishError(
    'foreign-commits',
    `${branch} has commits this action did not make: ${named}${more}. Nothing was pushed, so they are kept. ` +
      `Merge or close its pull request (or delete ${branch}) and the next run starts afresh.`,
  )
}

/**
 * The workflow files at a fork's commit must be exactly those of the base branch: a changed or
 * added file under `.github/workflows/` came from the fork (or the base changed it since), and
 * pushed into a branch here it could run with this repository's secrets.
 */
export async function refuseForkWorkflows(
  git: GitClient,
  auth: RemoteAuth,
  base: string,
  forkCommit: string,
): Promise<void> {
  const baseTip = await git.fetch(auth, `refs/heads/${base}`, 1)
  const changed = await git.changedPaths(baseTip, forkCommit, '.github/workflows')
  if (changed.length === 0) return
  const listed = changed
    .slice(0, 10)
    .map((file) => JSON.stringify(file))
    .join(', ')
  throw new PublishError(
    'fork-workflows',
    `the fork's commit ${shortSha(forkCommit)} has workflow files that differ from ${base}: ${listed}. ` +
      `The action never pushes a fork's workflow files into this repository, so nothing was pushed. ` +
      `Ask the author to drop those changes (or merge ${base}), then run the command again.`,
  )
}

function subject(message: string): string {
  const line = message.split('\n')[0]?.trim() ?? ''
  return line.length > 60 ? `${line.slice(0, 59)}…` : line
}
