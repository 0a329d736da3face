// A stable branch (schedule, dispatch, CI fix) that already holds exactly this run's change is left
// alone, as create-pull-request leaves a branch it finds "not updated": no new commit, so no new CI
// run and no notification, and its pull request stays as it is (operation `none`).
import type { ChangedFile, GitClient, LeftOut, PushMode } from '../git/index.js'
import { findOpenPull } from '../github/pulls.js'
import { shortSha } from './errors.js'
import type { PublishRequest, PublishResult } from './publish.js'
import type { PublishTarget } from './target.js'

export interface UnchangedCheck {
  target: PublishTarget
  base: string
  mode: PushMode
  changedFiles: ChangedFile[]
  leftOut: LeftOut[]
}

/** The result to report when nothing needs pushing; undefined when the push must happen. */
export async function unchangedStableBranch(
  git: GitClient,
  request: PublishRequest,
  check: UnchangedCheck,
): Promise<PublishResult | undefined> {
  const { target, mode } = check
  if (target.kind !== 'own-branch' || !target.stable) return undefined
  if (mode.kind !== 'lease' || mode.expected === '') return undefined
  if (!(await git.holdsStagedChange(mode.expected))) return undefined
  const { owner, repo } = request.trigger.repo
  request.log(
    `not updated: ${target.branch} already holds exactly this change (${shortSha(mode.expected)}); nothing was pushed`,
  )
  const branch = {
    name: target.branch,
    url: `${request.env.serverUrl}/${owner}/${repo}/tree/${target.branch}`,
  }
  const open =
    request.settings.pullRequest === 'none'
      ? undefined
      : await findOpenPull(request.client, {
          repo: request.trigger.repo,
          head: target.branch,
          base: check.base,
        })
  return {
    outcome: 'not-updated',
    branch,
    commitSha: mode.expected,
    pullRequest: open && { number: open.number, url: open.html_url, operation: 'none' },
    changedFiles: check.changedFiles,
    leftOut: check.leftOut,
  }
}
