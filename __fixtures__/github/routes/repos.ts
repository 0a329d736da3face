import { posix } from 'node:path'
// Repositories, users, collaborator permissions, branches, commits and contents.
import { ApiError, notFound } from '../errors.js'
import type { Permission } from '../model.js'
import { contentEntry, renderContentFile, renderRestCommit } from '../render-git.js'
import { renderPublicUser, renderRepo, renderUser, repoApiUrl, repoHtmlUrl } from '../render.js'
import { type ApiRequest, type Handler, noContent, ok, repoOf } from './common.js'

// The legacy `permission` field knows only four levels; `role_name` carries the real role.
const LEGACY_PERMISSION: Record<Permission | 'none', string> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
  none: 'none',
}

function userOr404(request: ApiRequest) {
  const login = request.params.username ?? ''
  const user = request.state.user(login)
  if (!user) throw new ApiError(404, `${login} is not a user`)
  return user
}

function resolveCommitish(request: ApiRequest, ref: string): string {
  const repo = repoOf(request)
  const sha =
    repo.git.resolveRef(`refs/heads/${ref}`) ??
    repo.git.resolveRef(`refs/tags/${ref}`) ??
    (/^[0-9a-f]{4,40}$/.test(ref) ? repo.git.resolveRef(ref) : undefined) ??
    (ref.startsWith('refs/') ? repo.git.resolveRef(ref) : undefined)
  if (!sha) throw new ApiError(404, `No commit found for the ref ${ref}`)
  return sha
}

const getContent: Handler = (request) => {
  const repo = repoOf(request)
  const ref = request.query.get('ref') ?? repo.defaultBranch
  const commit = resolveCommitish(request, ref)
  const path = (request.params.path ?? '').replace(/^\/+|\/+$/g, '')
  const objectType = repo.git.tryGit(['cat-file', '-t', `${commit}:${path}`])
  if (objectType === 'tree') {
    return ok(
      repo.git.listTree(`${commit}:${path}`, false).map((entry) => {
        const childPath = path ? `${path}/${entry.path}` : entry.path
        return contentEntry(
          request.state,
          repo,
          childPath,
          ref,
          entry.sha,
          listedType(entry),
          entry.size ?? 0,
        )
      }),
    )
  }
  if (objectType !== 'blob') throw notFound()
  let sha = repo.git.git(['rev-parse', `${commit}:${path}`])
  if (isSymlink(repo, commit, path)) {
    // A symlink to a regular file of the repository answers with that file; any other, itself.
    const target = symlinkTarget(repo, commit, path, sha)
    if (target === undefined) return ok(renderSymlink(request, path, ref, sha))
    sha = target
  }
  const accept = String(request.headers.accept ?? '')
  if (accept.includes('.raw')) return { status: 200, text: repo.git.readBlob(sha).toString('utf8') }
  return ok(renderContentFile(request.state, repo, path, ref, sha))
}

/**
 * An entry's type in a folder listing, as GitHub gives it: a symlink is `symlink`, and a submodule
 * is `file` "for backwards compatibility" (GitHub's description of GET /contents/{path}).
 */
function listedType(entry: { type: string; mode: string }): 'dir' | 'file' | 'symlink' {
  if (entry.type === 'tree') return 'dir'
  return entry.mode === '120000' ? 'symlink' : 'file'
}

function isSymlink(repo: ReturnType<typeof repoOf>, commit: string, path: string): boolean {
  const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : ''
  const name = path.slice(path.lastIndexOf('/') + 1)
  const listing = repo.git.listTree(parent ? `${commit}:${parent}` : commit, false)
  return listing.some((entry) => entry.path === name && entry.mode === '120000')
}

/** The blob a symlink points at when that is a regular file inside the repository. */
function symlinkTarget(
  repo: ReturnType<typeof repoOf>,
  commit: string,
  path: string,
  linkSha: string,
): string | undefined {
  const target = repo.git.readBlob(linkSha).toString('utf8')
  const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : ''
  const resolved = posix.normalize(posix.join(parent, target))
  if (posix.isAbsolute(target) || resolved.startsWith('..')) return undefined
  if (repo.git.tryGit(['cat-file', '-t', `${commit}:${resolved}`]) !== 'blob') return undefined
  if (isSymlink(repo, commit, resolved)) return undefined
  return repo.git.git(['rev-parse', `${commit}:${resolved}`])
}

function renderSymlink(request: ApiRequest, path: string, ref: string, sha: string) {
  const repo = repoOf(request)
  const target = repo.git.readBlob(sha).toString('utf8')
  return { ...contentEntry(request.state, repo, path, ref, sha, 'symlink', target.length), target }
}

function renderBranch(request: ApiRequest, name: string) {
  const repo = repoOf(request)
  const sha = repo.git.resolveRef(`refs/heads/${name}`)
  const commit = sha ? repo.git.readCommit(sha) : undefined
  if (!commit) throw new ApiError(404, 'Branch not found')
  const api = repoApiUrl(request.state, repo)
  const isProtected = repo.protectedBranches.has(name)
  return {
    name,
    commit: renderRestCommit(request.state, repo, commit),
    _links: { self: `${api}/branches/${name}`, html: `${repoHtmlUrl(request.state, repo)}/tree/${name}` },
    protected: isProtected,
    protection: {
      enabled: isProtected,
      required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] },
    },
    protection_url: `${api}/branches/${name}/protection`,
  }
}

export const repoRoutes: Record<string, Handler> = {
  'repos/get': (request) => ok(renderRepo(request.state, repoOf(request), request.viewer)),

  'users/get-by-username': (request) => ok(renderPublicUser(request.state, userOr404(request))),

  // An installation token (GITHUB_TOKEN) is not a user: GitHub refuses GET /user for it.
  'users/get-authenticated': (request) => {
    if (request.viewer.type === 'Bot') throw new ApiError(403, 'Resource not accessible by integration')
    return ok(renderPublicUser(request.state, request.viewer))
  },

  'repos/get-collaborator-permission-level': (request) => {
    const repo = repoOf(request)
    const user = userOr404(request)
    const role = request.state.roleOf(repo, user.login)
    const collaborator = {
      ...renderUser(request.state, user),
      permissions: {
        admin: role === 'admin',
        maintain: role === 'admin' || role === 'maintain',
        push: ['admin', 'maintain', 'write'].includes(role),
        triage: !['read', 'none'].includes(role),
        pull: role !== 'none',
      },
      role_name: role,
    }
    return ok({ permission: LEGACY_PERMISSION[role], role_name: role, user: collaborator })
  },

  'repos/check-collaborator': (request) => {
    const repo = repoOf(request)
    const login = (request.params.username ?? '').toLowerCase()
    const isCollaborator = repo.collaborators.has(login) || repo.owner.login.toLowerCase() === login
    if (!isCollaborator) throw notFound()
    return noContent()
  },

  'repos/get-branch': (request) => ok(renderBranch(request, request.params.branch ?? '')),

  'repos/get-commit': (request) => {
    const repo = repoOf(request)
    const sha = resolveCommitish(request, request.params.ref ?? '')
    const commit = repo.git.readCommit(sha)
    if (!commit) throw notFound()
    return ok(renderRestCommit(request.state, repo, commit))
  },

  'repos/get-content': getContent,
}
