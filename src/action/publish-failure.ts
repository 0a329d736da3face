// A publish that failed after the agent did its work: say what is on the remote (a pushed branch
// is work nobody should lose), why GitHub refused, and the change to the workflow or the
// repository settings that fixes it — in the words a maintainer will search the settings for.
import type { RunnerEnv } from '../github/types.js'
import { PublishError } from '../publish/index.js'
import type { PushedBranch } from '../publish/errors.js'
import { errorMessage } from '../common/errors.js'

export interface PublishFailureFacts {
  /** One line: what went wrong. */
  reason: string
  /** What to do about it, when we know; Markdown. */
  fix: string | undefined
  /** Set when the branch reached the remote although the run failed. */
  pushed: PushedBranch | undefined
}

const PUSH_FORBIDDEN =
  /error: 403|Permission to \S+ denied|Write access to repository not granted|not accessible by integration/i
const ACTIONS_MAY_NOT_OPEN_PRS = /not permitted to create or approve pull requests/i
const NO_PULLS_SCOPE = /Resource not accessible by integration/i

export function explainPublishFailure(error: unknown, env: RunnerEnv): PublishFailureFacts {
  const reason = errorMessage(error)
  if (!(error instanceof PublishError)) return { reason, fix: undefined, pushed: undefined }
  const pushed = error.pushed
  if (error.reason === 'push-rejected' && PUSH_FORBIDDEN.test(reason)) {
    return {
      reason,
      pushed,
      fix:
        "The workflow's token may not push. Give the job `permissions: contents: write` (and " +
        '`pull-requests: write`, `issues: write` to open the pull request and comment), then comment again.',
    }
  }
  if (error.reason === 'pull-request' && pushed) {
    const { owner, repo } = env.repository
    const compare = `${env.serverUrl}/${owner}/${repo}/compare/${encodeURIComponent(pushed.base)}...${encodeURIComponent(pushed.branch.name)}?expand=1`
    const setting = ACTIONS_MAY_NOT_OPEN_PRS.test(reason)
      ? 'GitHub Actions may not open pull requests in this repository: an admin turns on **Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests"** (in an organisation, the same setting at the organisation level first).'
      : NO_PULLS_SCOPE.test(reason)
        ? "The workflow's token may not open pull requests: give the job `permissions: pull-requests: write`."
        : 'GitHub refused the pull request (see why above).'
    return {
      reason,
      pushed,
      fix: `The changes are safe on the branch \`${pushed.branch.name}\`. ${setting} To open this one by hand: [compare ${pushed.base}...${pushed.branch.name}](${compare}).`,
    }
  }
  return { reason, fix: undefined, pushed }
}
