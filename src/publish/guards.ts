// Checks before the action pushes, each refusing with nothing pushed: never a branch it does not
// own, never a PR head that moved or a workspace at the wrong commit, never over commits someone
// else pushed onto one of its stable branches, and never a fork's workflow files into this repository.
import type { CommitSummary, GitClient, PushMode, RemoteAuth } from '../git/index.js'
import { PublishError, shortSha } from './errors.js'
import type { PublishRequest } from './publish.js'
import type { PublishTarget } from './target.js'

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

/** Never the default branch, never the PR's base, never a branch outside the prefix we own. */
export async function refuseForbiddenTarget(
  git: GitClient,
  target: PublishTarget,
  defaultBranch: string,
  base: string,
  prefix: string,
) {
  const branch = target.branch
  if (branch === defaultBranch) {
    throw new PublishError(
      'forbidden-target',
      `refusing to push to ${branch}, the default branch; nothing was pushed`,
    )
  }
  if (target.kind === 'own-branch' && (branch === base || !branch.startsWith(prefix))) {
    throw new PublishError(
      'forbidden-target',
      `refusing to push to ${branch}: not a branch this action creates; nothing was pushed`,
    )
  }
  if (!(await git.isValidBranchName(branch))) {
    throw new PublishError('invalid-branch', `'${branch}' is not a valid branch name; nothing was pushed`)
  }
}

/** What the remote must look like for the push to be right; returns how to push. */
export async function checkRemote(
  git: GitClient,
  auth: RemoteAuth,
  target: PublishTarget,
  base: string,
  runUrlPrefix: string,
): Promise<PushMode> {
  const ref = `refs/heads/${target.branch}`
  if (target.kind === 'pull-head') {
    const atTrigger = target.pull.headSha
    if (git.startSha !== atTrigger) {
      throw new PublishError(
        'wrong-start',
        `the workspace is at ${shortSha(git.startSha)}, not at the PR head ${shortSha(atTrigger)}; nothing was pushed. Check out the PR head before running the agent.`,
      )
    }
    const now = (await git.lsRemote(auth, [ref])).get(ref)
    if (now !== atTrigger) {
      const where = now ? `to ${shortSha(now)}` : '(the branch was deleted)'
      throw new PublishError(
        'head-moved',
        `the PR head moved from ${shortSha(atTrigger)} ${where} since the trigger; nothing was pushed. Re-run the command on the new head.`,
      )
    }
    return { kind: 'fast-forward' }
  }
  if (target.requiredStart !== undefined && git.startSha !== target.requiredStart) {
    throw new PublishError(
      'wrong-start',
      `the workspace is at ${shortSha(git.startSha)}, but the failed run was on ${shortSha(target.requiredStart)}; nothing was pushed. Check out github.event.workflow_run.head_sha.`,
    )
  }
  const baseRef = `refs/heads/${base}`
  const remote = await git.lsRemote(auth, [ref, baseRef])
  if (!remote.has(baseRef)) {
    throw new PublishError(
      'forbidden-target',
      `the base branch ${base} does not exist in this repository (a fork's branch?); nothing was pushed`,
    )
  }
  const current = remote.get(ref)
  if (current && !target.stable) {
    throw new PublishError(
      'forbidden-target',
      `the branch ${target.branch} already exists; nothing was pushed. Re-run in a minute for a fresh branch name.`,
    )
  }
  if (current) await refuseForeignCommits(git, auth, target.branch, runUrlPrefix)
  return { kind: 'lease', expected: current ?? '' }
}

/** The start commit is a fork's: a follow-up of a fork's PR, or a fix of a fork's failed run. */
export function startsFromFork(
  target: PublishTarget,
  request: Pick<PublishRequest, 'trigger' | 'pull'>,
): boolean {
  if (target.kind !== 'own-branch') return false
  if (request.trigger.source === 'workflow_run') return request.trigger.run.fromFork
  return target.followUpTo !== undefined && request.pull?.isFork === true
}
