// How a pull request shows that it holds partial work: a title prefix and a label, on a draft. A
// run that stops early puts them on; the run that finishes the task takes them off and marks the
// PR ready for review. The label is created by GitHub when first added.
import type { GitHubClient } from '../github/client.js'
import type { RepoRef } from '../github/types.js'

export const PARTIAL_PREFIX = '[partial] '
export const PARTIAL_LABEL = 'codex-partial'

interface MarkOptions {
  log: (line: string) => void
  /** The title to mark (the prefix is added); default the PR's own. */
  title?: string | undefined
}

export async function markPartial(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  options: MarkOptions,
): Promise<void> {
  const { data } = await client.rest.pulls.get({ owner: repo.owner, repo: repo.repo, pull_number: number })
  const title = `${PARTIAL_PREFIX}${options.title ?? data.title.replace(PARTIAL_PREFIX, '')}`
  if (data.title !== title)
    await client.rest.pulls.update({ owner: repo.owner, repo: repo.repo, pull_number: number, title })
  await client.rest.issues.addLabels({
    owner: repo.owner,
    repo: repo.repo,
    issue_number: number,
    labels: [PARTIAL_LABEL],
  })
  options.log(`pull request #${number} marked partial`)
}

/** Takes the partial marks off; a PR that never had them is left as it is. */
export async function clearPartial(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  options: MarkOptions,
): Promise<void> {
  const { data } = await client.rest.pulls.get({ owner: repo.owner, repo: repo.repo, pull_number: number })
  const labelled = data.labels.some((label) => label.name === PARTIAL_LABEL)
  const prefixed = data.title.startsWith(PARTIAL_PREFIX)
  if (!labelled && !prefixed) return
  if (prefixed) {
    const title = data.title.slice(PARTIAL_PREFIX.length).trim() || data.title
    await client.rest.pulls.update({ owner: repo.owner, repo: repo.repo, pull_number: number, title })
  }
  if (labelled) {
    await client.rest.issues.removeLabel({
      owner: repo.owner,
      repo: repo.repo,
      issue_number: number,
      name: PARTIAL_LABEL,
    })
  }
  if (data.draft === true) await markReady(client, data.node_id)
  options.log(`pull request #${number}: partial marks removed, ready for review`)
}

/** REST cannot take a PR out of draft; GraphQL's markPullRequestReadyForReview can. */
async function markReady(client: GitHubClient, nodeId: string): Promise<void> {
  await client.graphql(
    'mutation($id: ID!) { markPullRequestReadyForReview(input: { pullRequestId: $id }) { pullRequest { isDraft } } }',
    { id: nodeId },
  )
}
