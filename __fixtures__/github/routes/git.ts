// The Git Data API over real git plumbing in the bare repository, so its commits can be fetched.
import { ApiError, notFound } from '../errors.js'
import type { GitIdentity, TreeEntryInput } from '../git.js'
import type { RepoRecord } from '../model.js'
import { renderBlob, renderGitCommit, renderRef, renderTree } from '../render-git.js'
import { repoApiUrl } from '../render.js'
import {
  type ApiRequest,
  type Handler,
  booleanField,
  field,
  noContent,
  ok,
  repoOf,
  requireString,
  stringArrayField,
  stringField,
} from './common.js'

// GitHub's web-flow identity: the committer of commits it signs on an app's behalf.
const WEB_FLOW: Omit<GitIdentity, 'date'> = { name: 'GitHub', email: 'noreply@github.com' }

function unprocessable(message: string): ApiError {
  return new ApiError(422, message)
}

function refOf(request: ApiRequest, repo: RepoRecord): { ref: string; sha: string; type: string } {
  const ref = `refs/${request.params.ref ?? ''}`
  const found = repo.git.listRefs(ref).find((entry) => entry.ref === ref)
  if (!found) throw notFound()
  return found
}

function refusesProtected(repo: RepoRecord, ref: string): void {
  const branch = ref.replace(/^refs\/heads\//, '')
  if (ref.startsWith('refs/heads/') && repo.protectedBranches.has(branch)) {
    throw unprocessable(`Protected branch update failed for ${ref}.`)
  }
}

function identityField(request: ApiRequest, name: string): GitIdentity | undefined {
  const value = field(request.body, name)
  if (value === undefined) return undefined
  const author = stringField(value, 'name')
  const email = stringField(value, 'email')
  if (!author || !email)
    throw unprocessable(`Invalid request.\n\n"name" and "email" are required in ${name}.`)
  return { name: author, email, date: stringField(value, 'date') ?? request.state.now() }
}

const createCommit: Handler = (request) => {
  const repo = repoOf(request)
  const tree = requireString(request.body, 'tree')
  if (repo.git.objectType(tree) !== 'tree') throw unprocessable('Tree SHA does not exist')
  const parents = stringArrayField(request.body, 'parents') ?? []
  for (const parent of parents) {
    if (repo.git.objectType(parent) !== 'commit') {
      throw unprocessable('Parent SHA does not exist or is not a commit object')
    }
  }
  const author = identityField(request, 'author')
  const committer = identityField(request, 'committer')
  const signed = !author && !committer && stringField(request.body, 'signature') === undefined
  const now = request.state.now()
  const effectiveAuthor = author ?? committer ?? request.state.identityOf(request.viewer, now)
  const effectiveCommitter = committer ?? (signed ? { ...WEB_FLOW, date: now } : effectiveAuthor)
  const message = requireString(request.body, 'message')
  const sha = repo.git.commitTree(tree, parents, message, effectiveAuthor, effectiveCommitter)
  if (signed) request.state.verifiedCommits.add(sha)
  const commit = repo.git.readCommit(sha)
  if (!commit) throw new Error(`fake GitHub: commit ${sha} vanished`)
  const body = renderGitCommit(request.state, repo, commit, signed)
  return { status: 201, body, headers: { location: `${repoApiUrl(request.state, repo)}/git/commits/${sha}` } }
}

const createTree: Handler = (request) => {
  const repo = repoOf(request)
  const baseTree = stringField(request.body, 'base_tree')
  // Lenient like git: a commit sha is peeled to its tree.
  if (baseTree !== undefined && !['tree', 'commit'].includes(repo.git.objectType(baseTree) ?? '')) {
    throw unprocessable('Invalid tree info: base_tree is not a tree')
  }
  const rawEntries = field(request.body, 'tree')
  const entries = (Array.isArray(rawEntries) ? rawEntries : []).map((entry): TreeEntryInput => {
    const path = requireString(entry, 'path')
    const type = stringField(entry, 'type') ?? 'blob'
    const content = stringField(entry, 'content')
    const sha = content !== undefined ? repo.git.writeBlob(Buffer.from(content)) : field(entry, 'sha')
    if (
      sha !== null &&
      (typeof sha !== 'string' || repo.git.objectType(sha) === undefined) &&
      type !== 'commit'
    ) {
      throw unprocessable(`GitRPC::BadObjectState: tree.sha ${String(sha)} for ${path} does not exist`)
    }
    if (type !== 'blob' && type !== 'tree' && type !== 'commit')
      throw unprocessable(`Invalid tree type ${type}`)
    return {
      path,
      mode: stringField(entry, 'mode') ?? '100644',
      type,
      sha: typeof sha === 'string' ? sha : null,
    }
  })
  const sha = repo.git.writeTree(entries, baseTree === undefined ? undefined : `${baseTree}^{tree}`)
  return ok(renderTree(request.state, repo, sha, false), 201)
}

const createRef: Handler = (request) => {
  const repo = repoOf(request)
  const ref = requireString(request.body, 'ref')
  const sha = requireString(request.body, 'sha')
  if (!/^refs\/[^/]+\/.+/.test(ref))
    throw unprocessable('ref must start with "refs" and have at least two slashes.')
  if (repo.git.listRefs(ref).some((entry) => entry.ref === ref))
    throw unprocessable('Reference already exists')
  const type = repo.git.objectType(sha)
  if (!type) throw unprocessable('Object does not exist')
  refusesProtected(repo, ref)
  repo.git.updateRef(ref, sha)
  request.state.syncPullsTouching(repo)
  return ok(renderRef(request.state, repo, ref, sha, type), 201)
}

const updateRef: Handler = (request) => {
  const repo = repoOf(request)
  const current = refOf(request, repo)
  const sha = requireString(request.body, 'sha')
  const type = repo.git.objectType(sha)
  if (!type) throw unprocessable('Object does not exist')
  const force = booleanField(request.body, 'force') ?? false
  if (!force && !repo.git.isAncestor(current.sha, sha)) throw unprocessable('Update is not a fast forward')
  refusesProtected(repo, current.ref)
  repo.git.updateRef(current.ref, sha)
  request.state.syncPullsTouching(repo)
  return ok(renderRef(request.state, repo, current.ref, sha, type))
}

export const gitRoutes: Record<string, Handler> = {
  'git/get-ref': (request) => {
    const repo = repoOf(request)
    const found = refOf(request, repo)
    return ok(renderRef(request.state, repo, found.ref, found.sha, found.type))
  },

  'git/list-matching-refs': (request) => {
    const repo = repoOf(request)
    const prefix = `refs/${request.params.ref ?? ''}`
    const refs = repo.git.listRefs('refs/').filter((entry) => entry.ref.startsWith(prefix))
    return ok(refs.map((entry) => renderRef(request.state, repo, entry.ref, entry.sha, entry.type)))
  },

  'git/create-ref': createRef,
  'git/update-ref': updateRef,

  'git/delete-ref': (request) => {
    const repo = repoOf(request)
    const ref = `refs/${request.params.ref ?? ''}`
    if (!repo.git.listRefs(ref).some((entry) => entry.ref === ref))
      throw unprocessable('Reference does not exist')
    refusesProtected(repo, ref)
    repo.git.deleteRef(ref)
    return noContent()
  },

  'git/create-blob': (request) => {
    const repo = repoOf(request)
    const content = requireString(request.body, 'content')
    const encoding = stringField(request.body, 'encoding') ?? 'utf-8'
    const bytes = encoding === 'base64' ? Buffer.from(content, 'base64') : Buffer.from(content, 'utf8')
    const sha = repo.git.writeBlob(bytes)
    return ok({ url: `${repoApiUrl(request.state, repo)}/git/blobs/${sha}`, sha }, 201)
  },

  'git/get-blob': (request) => {
    const repo = repoOf(request)
    const sha = request.params.file_sha ?? ''
    if (repo.git.objectType(sha) !== 'blob') throw notFound()
    return ok(renderBlob(request.state, repo, sha))
  },

  'git/create-tree': createTree,

  'git/get-tree': (request) => {
    const repo = repoOf(request)
    const sha = request.params.tree_sha ?? ''
    const tree = sha.startsWith('-')
      ? undefined
      : repo.git.tryGit(['rev-parse', '--verify', '--quiet', `${sha}^{tree}`])
    if (!tree) throw notFound()
    return ok(renderTree(request.state, repo, tree, request.query.has('recursive')))
  },

  'git/create-commit': createCommit,

  'git/get-commit': (request) => {
    const repo = repoOf(request)
    const commit = repo.git.readCommit(request.params.commit_sha ?? '')
    if (!commit) throw notFound()
    return ok(renderGitCommit(request.state, repo, commit, request.state.verifiedCommits.has(commit.sha)))
  },
}
