// `sign-commits: true`: the commit is made through the Git Data API (blobs → tree → commit → ref),
// so GitHub signs it and shows it as Verified. The staged index is the source of truth; the local
// checkout then fetches the result, so both agree on the new commit.
import type { GitClient, PushMode, RemoteAuth } from '../git/index.js'
import type { GitHubClient } from '../github/client.js'
import { errorText } from '../github/errors.js'
import type { RepoRef } from '../github/types.js'
import { PublishError, shortSha } from './errors.js'

export interface SignedCommitInput {
  client: GitHubClient
  git: GitClient
  repo: RepoRef
  auth: RemoteAuth
  message: string
  branch: string
  mode: PushMode
  log: (line: string) => void
  signal?: AbortSignal | undefined
}

type TreeEntry = {
  path: string
  mode: '100644' | '100755' | '040000' | '160000' | '120000'
  type: 'blob' | 'tree' | 'commit'
  sha: string | null
}

/** Creates the commit on GitHub and points the branch at it; returns the commit's sha. */
export async function commitThroughApi(input: SignedCommitInput): Promise<string> {
  const { client, git, repo } = input
  const tree: TreeEntry[] = []
  for (const entry of await git.stagedEntries()) {
    if (entry.status === 'deleted') {
      tree.push({ path: entry.path, mode: '100644', type: 'blob', sha: null })
    } else if (entry.mode === '160000') {
      tree.push({ path: entry.path, mode: '160000', type: 'commit', sha: entry.sha })
    } else {
      const content = await git.readBlob(entry.sha)
      const { data } = await client.rest.git.createBlob({
        ...ownerRepo(repo),
        content: content.toString('base64'),
        encoding: 'base64',
      })
      if (data.sha !== entry.sha)
        throw new PublishError(
          'internal',
          `GitHub stored ${entry.path} as ${data.sha}, expected ${entry.sha}`,
        )
      tree.push({ path: entry.path, mode: fileMode(entry.mode), type: 'blob', sha: data.sha })
    }
  }
  const parent = git.startSha
  const { data: parentCommit } = await client.rest.git.getCommit({ ...ownerRepo(repo), commit_sha: parent })
  const { data: newTree } = await client.rest.git.createTree({
    ...ownerRepo(repo),
    base_tree: parentCommit.tree.sha,
    tree,
  })
  // No author or committer: GitHub then signs the commit as the token's identity.
  const { data: commit } = await client.rest.git.createCommit({
    ...ownerRepo(repo),
    message: input.message,
    tree: newTree.sha,
    parents: [parent],
  })
  input.log(
    `created commit ${shortSha(commit.sha)} through the API (verified: ${commit.verification?.verified === true})`,
  )
  // Blobs, trees and an unreferenced commit change nothing visible; moving the branch does.
  if (input.signal?.aborted) {
    throw new PublishError(
      'cancelled',
      `the run was cancelled before ${input.branch} was updated; nothing was pushed`,
    )
  }
  await moveBranch(input, commit.sha)
  const fetched = await git.fetch(input.auth, `refs/heads/${input.branch}`)
  if (fetched !== commit.sha)
    input.log(`${input.branch} is at ${shortSha(fetched)} after the update, not ${shortSha(commit.sha)}`)
  return commit.sha
}

async function moveBranch(input: SignedCommitInput, sha: string): Promise<void> {
  const { client, repo, branch, mode } = input
  try {
    if (mode.kind === 'lease' && mode.expected === '') {
      await client.rest.git.createRef({ ...ownerRepo(repo), ref: `refs/heads/${branch}`, sha })
      return
    }
    if (mode.kind === 'lease') {
      // The API has no compare-and-swap: check, then force (the window is one round trip).
      const { data } = await client.rest.git.getRef({ ...ownerRepo(repo), ref: `heads/${branch}` })
      if (data.object.sha !== mode.expected) {
        throw new PublishError(
          'push-rejected',
          `${branch} moved to ${shortSha(data.object.sha)} while publishing; nothing was changed`,
        )
      }
    }
    await client.rest.git.updateRef({
      ...ownerRepo(repo),
      ref: `heads/${branch}`,
      sha,
      force: mode.kind === 'lease',
    })
  } catch (error) {
    if (error instanceof PublishError) throw error
    throw new PublishError('push-rejected', `the update of ${branch} was rejected: ${errorText(error)}`)
  }
}

function fileMode(mode: string): TreeEntry['mode'] {
  if (mode === '100755' || mode === '120000') return mode
  return '100644'
}

function ownerRepo(repo: RepoRef): { owner: string; repo: string } {
  return { owner: repo.owner, repo: repo.repo }
}
