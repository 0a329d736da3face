// JSON for the Git Data API (refs, commits, trees, blobs), the REST commit object and file
// contents, read straight from the bare repository.
import type { CommitInfo, GitIdentity } from './git.js'
import type { RepoRecord } from './model.js'
import { renderUser, repoApiUrl, repoHtmlUrl } from './render.js'
import { nodeId } from './state-core.js'
import type { GitHubState } from './state.js'

type Json = Record<string, unknown>

export function renderRef(
  state: GitHubState,
  repo: RepoRecord,
  ref: string,
  sha: string,
  type: string,
): Json {
  const api = repoApiUrl(state, repo)
  const objectKind =
    type === 'tag' ? 'tags' : type === 'tree' ? 'trees' : type === 'blob' ? 'blobs' : 'commits'
  return {
    ref,
    node_id: `REF_${Buffer.from(`${repo.id}:${ref}`).toString('base64')}`,
    url: `${api}/git/${ref}`,
    object: { type, sha, url: `${api}/git/${objectKind}/${sha}` },
  }
}

/** GitHub signs API-made commits that leave author and committer to it. */
export function renderGitCommit(
  state: GitHubState,
  repo: RepoRecord,
  commit: CommitInfo,
  verified = false,
): Json {
  const api = repoApiUrl(state, repo)
  const html = repoHtmlUrl(state, repo)
  return {
    sha: commit.sha,
    node_id: nodeId('C', parseInt(commit.sha.slice(0, 8), 16)),
    url: `${api}/git/commits/${commit.sha}`,
    html_url: `${html}/commit/${commit.sha}`,
    author: identityJson(commit.author),
    committer: identityJson(commit.committer),
    tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
    message: commit.message.replace(/\n$/, ''),
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${api}/git/commits/${sha}`,
      html_url: `${html}/commit/${sha}`,
    })),
    verification: {
      verified,
      reason: verified ? 'valid' : 'unsigned',
      signature: verified ? '-----BEGIN PGP SIGNATURE-----\n(fake)\n-----END PGP SIGNATURE-----' : null,
      payload: null,
      verified_at: verified ? commit.committer.date : null,
    },
  }
}

/** The `commit` object of GET /commits/{ref}, /pulls/{n}/commits and branches. */
export function renderRestCommit(state: GitHubState, repo: RepoRecord, commit: CommitInfo): Json {
  const api = repoApiUrl(state, repo)
  const html = repoHtmlUrl(state, repo)
  const userFor = (identity: GitIdentity): Json | null => {
    const user = [...state.users.values()].find(
      (candidate) =>
        state.identityOf(candidate).email === identity.email || candidate.email === identity.email,
    )
    return user ? renderUser(state, user) : null
  }
  return {
    url: `${api}/commits/${commit.sha}`,
    sha: commit.sha,
    node_id: nodeId('C', parseInt(commit.sha.slice(0, 8), 16)),
    html_url: `${html}/commit/${commit.sha}`,
    comments_url: `${api}/commits/${commit.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${commit.sha}`,
      author: identityJson(commit.author),
      committer: identityJson(commit.committer),
      message: commit.message.replace(/\n$/, ''),
      comment_count: 0,
      tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
      verification: {
        verified: false,
        reason: 'unsigned',
        signature: null,
        payload: null,
        verified_at: null,
      },
    },
    author: userFor(commit.author),
    committer: userFor(commit.committer),
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${api}/commits/${sha}`,
      html_url: `${html}/commit/${sha}`,
    })),
  }
}

export function renderTree(state: GitHubState, repo: RepoRecord, sha: string, recursive: boolean): Json {
  const api = repoApiUrl(state, repo)
  return {
    sha,
    url: `${api}/git/trees/${sha}`,
    tree: repo.git.listTree(sha, recursive).map((entry) => ({
      path: entry.path,
      mode: entry.mode,
      type: entry.type,
      sha: entry.sha,
      ...(entry.size === undefined ? {} : { size: entry.size }),
      ...(entry.type === 'commit' ? {} : { url: `${api}/git/${entry.type}s/${entry.sha}` }),
    })),
    truncated: false,
  }
}

export function renderBlob(state: GitHubState, repo: RepoRecord, sha: string): Json {
  const content = repo.git.readBlob(sha)
  return {
    sha,
    node_id: `B_${sha.slice(0, 12)}`,
    url: `${repoApiUrl(state, repo)}/git/blobs/${sha}`,
    size: content.length,
    content: wrapBase64(content),
    encoding: 'base64',
  }
}

/** The largest file GET /contents/{path} returns with its content. */
const CONTENTS_API_MAX_BYTES = 1024 * 1024

/** A file as GET /contents/{path} returns it (base64 wrapped at 60 columns, like GitHub). */
export function renderContentFile(
  state: GitHubState,
  repo: RepoRecord,
  path: string,
  ref: string,
  sha: string,
) {
  const content = repo.git.readBlob(sha)
  // Over 1 MB GitHub sends no content (encoding "none"): clients must use the blob API.
  const large = content.length > CONTENTS_API_MAX_BYTES
  return {
    ...contentEntry(state, repo, path, ref, sha, 'file', content.length),
    content: large ? '' : wrapBase64(content),
    encoding: large ? 'none' : 'base64',
  }
}

export function contentEntry(
  state: GitHubState,
  repo: RepoRecord,
  path: string,
  ref: string,
  sha: string,
  type: 'file' | 'dir' | 'submodule' | 'symlink',
  size: number,
): Json {
  const api = repoApiUrl(state, repo)
  const encodedPath = path.split('/').map(encodeURIComponent).join('/')
  const self = `${api}/contents/${encodedPath}?ref=${encodeURIComponent(ref)}`
  const html = `${repoHtmlUrl(state, repo)}/${type === 'dir' ? 'tree' : 'blob'}/${ref}/${encodedPath}`
  const git = `${api}/git/${type === 'dir' ? 'trees' : 'blobs'}/${sha}`
  return {
    type,
    size,
    name: path.split('/').pop() ?? path,
    path,
    sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: type === 'file' ? `${repoHtmlUrl(state, repo)}/raw/${ref}/${encodedPath}` : null,
    _links: { self, git, html },
  }
}

function identityJson(identity: GitIdentity): Json {
  return { name: identity.name, email: identity.email, date: identity.date }
}

function wrapBase64(content: Buffer): string {
  const encoded = content.toString('base64')
  return `${encoded.match(/.{1,60}/g)?.join('\n') ?? ''}\n`
}
