// After the agent loop: the harness — never the model — turns the workspace's changes into one
// commit, pushes it where the trigger says (planTarget), and opens or updates the pull request.
// Every check that can refuse runs before the push; an abort is honoured up to the push.
import { createGitClient, GitCommandError, pushFailureReason, remoteFor, stageChanges } from '../git/index.js'
import type { ChangedFile, GitClient, LeftOut, PushMode, RemoteAuth } from '../git/index.js'
import type { GitHubClient } from '../github/client.js'
import { upsertPullRequest, PullRequestError } from '../github/pulls.js'
import { runUrl, type PullInfo, type RunnerEnv, type Trigger } from '../github/types.js'
import type { Settings } from '../inputs.js'
import {
  buildPullBody,
  commitMessage,
  fallbackTitle,
  summaryTitle,
  taskUrl,
  type AgentCommand,
} from './body.js'
import { PublishError, shortSha } from './errors.js'
import { commitThroughApi } from './signed.js'
import { checkRemote, refuseForbiddenTarget, refuseForkWorkflows, startsFromFork } from './guards.js'
import { planTarget, type PublishTarget } from './target.js'
import { errorMessage } from '../common/errors.js'
import { unchangedStableBranch } from './unchanged.js'

export interface PublishRequest {
  workspace: string
  env: RunnerEnv
  client: GitHubClient
  token: string
  trigger: Trigger
  pull: PullInfo | undefined
  settings: Pick<Settings, 'pullRequest' | 'branchPrefix' | 'baseBranch' | 'signCommits'> & {
    allowWorkflowChanges: boolean
  }
  /** HEAD when the agent started: the new commit's parent. */
  startSha: string
  agent: { message: string; commands: AgentCommand[]; footer: string }
  /** Applied to every title, body and commit message sent. */
  redact: (text: string) => string
  requester?: { login: string; id?: number | undefined } | undefined
  log: (line: string) => void
  signal?: AbortSignal | undefined
  /** The clock for branch names (tests; the bundle's creation time in two-job mode). */
  now?: Date | undefined
}

export interface PublishResult {
  /** `not-updated`: a stable branch already held exactly this change; nothing was pushed. */
  outcome: 'published' | 'not-updated' | 'no-changes'
  branch?: { name: string; url: string } | undefined
  commitSha?: string | undefined
  pullRequest?: { number: number; url: string; operation: 'created' | 'updated' | 'none' } | undefined
  changedFiles: ChangedFile[]
  leftOut: LeftOut[]
}

export async function publishChanges(request: PublishRequest): Promise<PublishResult> {
  throwIfCancelled(request.signal, 'before publishing')
  const git = await createGitClient(request.workspace, {
    startSha: request.startSha,
    log: request.log,
    signal: request.signal,
    tempRoot: request.env.runnerTemp,
  })
  try {
    const { leftOut } = await stageChanges(git, {
      allowWorkflowChanges: request.settings.allowWorkflowChanges,
      containsSecret: secretDetector(request.token, request.redact),
    })
    return await publishStaged(git, request, leftOut)
  } catch (error) {
    throw asPublishError(error, request.signal)
  } finally {
    await git.close()
  }
}

/** Commit what is staged in `git`, push it, and upsert the PR (shared by run and publish modes). */
export async function publishStaged(
  git: GitClient,
  request: PublishRequest,
  leftOut: LeftOut[],
): Promise<PublishResult> {
  const changedFiles = await git.stagedFiles()
  for (const item of leftOut) request.log(`left out ${item.path}: ${item.reason}`)
  if (changedFiles.length === 0) {
    request.log('no changes to publish')
    return { outcome: 'no-changes', changedFiles, leftOut }
  }
  const { trigger, settings } = request
  const repo = trigger.repo
  const target = planTarget(trigger, request.pull, settings, request.now ?? new Date())
  const auth = remoteFor(request.env.serverUrl, repo.owner, repo.repo, request.token)
  const { data: repoData } = await request.client.rest.repos.get({ owner: repo.owner, repo: repo.repo })
  const base =
    target.kind === 'pull-head'
      ? target.pull.baseRef
      : (target.base ?? settings.baseBranch ?? repoData.default_branch)
  await refuseForbiddenTarget(git, target, repoData.default_branch, base, settings.branchPrefix)
  if (startsFromFork(target, request)) await refuseForkWorkflows(git, auth, base, git.startSha)
  const mode = await checkRemote(
    git,
    auth,
    target,
    base,
    `${request.env.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/`,
  )
  const unchanged = await unchangedStableBranch(git, request, { target, base, mode, changedFiles, leftOut })
  if (unchanged) return unchanged

  const commitSha = await commitAndPushAs(git, request, { target, auth, mode })
  request.log(`pushed ${shortSha(commitSha)} to ${target.branch}`)
  const branch = {
    name: target.branch,
    url: `${request.env.serverUrl}/${repo.owner}/${repo.repo}/tree/${target.branch}`,
  }
  const published = { outcome: 'published' as const, branch, commitSha, changedFiles, leftOut }

  if (target.kind === 'pull-head') {
    return {
      ...published,
      pullRequest: { number: target.pull.number, url: target.pull.htmlUrl, operation: 'updated' },
    }
  }
  if (settings.pullRequest === 'none') return published
  return { ...published, pullRequest: await openPullRequest(request, target, base, published) }
}

/** Opens (or updates) the pull request of the branch just pushed. */
async function openPullRequest(
  request: PublishRequest,
  target: PublishTarget,
  base: string,
  published: Pick<PublishResult, 'changedFiles' | 'leftOut'> & {
    branch: { name: string; url: string }
    commitSha: string
  },
): Promise<NonNullable<PublishResult['pullRequest']>> {
  const { trigger, settings } = request
  if (request.signal?.aborted) {
    throw new PublishError(
      'cancelled',
      `the run was cancelled after ${target.branch} was pushed; no pull request was opened`,
    )
  }
  const body = buildPullBody({
    summary: request.agent.message,
    trigger,
    target,
    changedFiles: published.changedFiles,
    leftOut: published.leftOut,
    commands: request.agent.commands,
    footer: request.agent.footer,
    runUrl: runUrl(request.env),
    requester: request.requester?.login,
  })
  try {
    return await upsertPullRequest(request.client, {
      repo: trigger.repo,
      head: target.branch,
      base,
      title: request.redact(summaryTitle(request.agent.message, fallbackTitle(trigger))),
      body: request.redact(body),
      draft: settings.pullRequest === 'draft',
      reviewer: request.requester?.login,
      log: request.log,
    })
  } catch (error) {
    // The branch is on the remote: say so, so the work can still be opened as a PR by hand.
    const why = errorMessage(error)
    throw new PublishError(
      'pull-request',
      `${target.branch} was pushed, but no pull request was opened: ${why}`,
      {
        branch: published.branch,
        commitSha: published.commitSha,
        base,
      },
    )
  }
}

/** The commit of what is staged, with its message, pushed (or committed through the API, signed). */
async function commitAndPushAs(
  git: GitClient,
  request: PublishRequest,
  where: { target: PublishTarget; auth: RemoteAuth; mode: PushMode },
): Promise<string> {
  const { trigger } = request
  const { target, auth, mode } = where
  const url = runUrl(request.env)
  const message = request.redact(
    commitMessage({
      summary: request.agent.message,
      fallback: fallbackTitle(trigger),
      taskUrl: taskUrl(trigger, url),
      runUrl: url,
      requester: request.requester,
    }),
  )
  throwIfCancelled(request.signal, 'before the push')
  if (!request.settings.signCommits) return commitAndPush(git, auth, message, target.branch, mode)
  return commitThroughApi({
    client: request.client,
    git,
    repo: trigger.repo,
    auth,
    message,
    branch: target.branch,
    mode,
    log: request.log,
    signal: request.signal,
  })
}

async function commitAndPush(
  git: GitClient,
  auth: RemoteAuth,
  message: string,
  branch: string,
  mode: PushMode,
): Promise<string> {
  const sha = await git.commit(message)
  try {
    await git.push(auth, sha, branch, mode)
  } catch (error) {
    if (!(error instanceof GitCommandError)) throw error
    throw new PublishError(
      'push-rejected',
      `the push to ${branch} was rejected: ${pushFailureReason(error.output)}`,
    )
  }
  return sha
}

/** A file holding the token (or anything the redactor masks) is never committed. */
export function secretDetector(
  token: string,
  redact: (text: string) => string,
): (content: Buffer) => boolean {
  const encoded = token === '' ? '' : Buffer.from(`x-access-token:${token}`).toString('base64')
  return (content) => {
    if (token !== '' && (content.includes(token) || content.includes(encoded))) return true
    const text = content.toString('utf8')
    return redact(text) !== text
  }
}

export function throwIfCancelled(signal: AbortSignal | undefined, when: string): void {
  if (signal?.aborted)
    throw new PublishError('cancelled', `the run was cancelled ${when}; nothing was pushed`)
}

export function asPublishError(error: unknown, signal: AbortSignal | undefined): unknown {
  if (error instanceof PublishError) return error
  if (signal?.aborted)
    return new PublishError('cancelled', 'the run was cancelled while publishing; nothing was pushed')
  if (error instanceof PullRequestError) return new PublishError('pull-request', error.message)
  return error
}
