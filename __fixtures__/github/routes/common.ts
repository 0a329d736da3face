// What every route handler receives and returns, and the small helpers they share.
import { ApiError, notFound } from '../errors.js'
import type { RepoRecord, UserRecord } from '../model.js'
import type { GitHubState } from '../state.js'

export interface ApiRequest {
  method: string
  /** The full request URL as the client addressed it (for Link headers). */
  url: URL
  params: Record<string, string>
  query: URLSearchParams
  body: unknown
  headers: Record<string, string | string[] | undefined>
  state: GitHubState
  viewer: UserRecord
}

export interface ApiResponse {
  status: number
  body?: unknown
  headers?: Record<string, string>
  /** A non-JSON body (diffs, plain text). */
  text?: string
}

export type Handler = (request: ApiRequest) => ApiResponse

/** The repository addressed by `{owner}/{repo}`; private ones are 404 to those without access. */
export function repoOf(request: ApiRequest): RepoRecord {
  const repo = request.state.findRepo(request.params.owner ?? '', request.params.repo ?? '')
  if (!repo) throw notFound()
  const isTokenUser = request.viewer === request.state.viewer
  if (repo.private && !isTokenUser && request.state.roleOf(repo, request.viewer.login) === 'none')
    throw notFound()
  return repo
}

export function intParam(request: ApiRequest, name: string): number {
  const value = Number(request.params[name])
  if (!Number.isInteger(value)) throw notFound()
  return value
}

export function field(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined
}

export function stringField(body: unknown, name: string): string | undefined {
  const value = field(body, name)
  return typeof value === 'string' ? value : undefined
}

export function booleanField(body: unknown, name: string): boolean | undefined {
  const value = field(body, name)
  return typeof value === 'boolean' ? value : undefined
}

export function numberField(body: unknown, name: string): number | undefined {
  const value = field(body, name)
  return typeof value === 'number' ? value : undefined
}

export function stringArrayField(body: unknown, name: string): string[] | undefined {
  const value = field(body, name)
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined
}

/** The GitHub-shaped 422 for a missing required field. */
export function requireString(body: unknown, name: string): string {
  const value = stringField(body, name)
  if (value === undefined) throw new ApiError(422, `Invalid request.\n\n"${name}" wasn't supplied.`)
  return value
}

export function ok(body: unknown, status = 200): ApiResponse {
  return { status, body }
}

export function noContent(): ApiResponse {
  return { status: 204 }
}

/** One page of `items` with GitHub's `Link` header (`per_page` defaults to 30, at most 100). */
export function paginate<T>(request: ApiRequest, items: T[], render: (item: T) => unknown): ApiResponse {
  const perPage = Math.min(Math.max(Number(request.query.get('per_page') ?? 30) || 30, 1), 100)
  const page = Math.max(Number(request.query.get('page') ?? 1) || 1, 1)
  const lastPage = Math.max(Math.ceil(items.length / perPage), 1)
  const pageItems = items.slice((page - 1) * perPage, page * perPage).map(render)
  const linkTo = (target: number, rel: string): string => {
    const url = new URL(request.url)
    url.searchParams.set('per_page', String(perPage))
    url.searchParams.set('page', String(target))
    return `<${url.toString()}>; rel="${rel}"`
  }
  const links: string[] = []
  if (page > 1) links.push(linkTo(page - 1, 'prev'), linkTo(1, 'first'))
  if (page < lastPage) links.push(linkTo(page + 1, 'next'), linkTo(lastPage, 'last'))
  return {
    status: 200,
    body: pageItems,
    ...(links.length > 0 ? { headers: { link: links.join(', ') } } : {}),
  }
}

export function byId<T extends { id: number }>(items: Iterable<T>): T[] {
  return [...items].sort((a, b) => a.id - b.id)
}
