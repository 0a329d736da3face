// Files the action trusts (the config, AGENTS.md) read through the API from a trusted commit: on
// pull-request events the base branch, never the head, whose author could otherwise rewrite the
// sandbox policy or the agent's standing instructions.
import path from 'node:path'
import type { GitHubClient } from './client.js'
import { statusOf } from './errors.js'
import { fetchPullInfo, pullNumberOf } from './pull-info.js'
import type { PullInfo, RepoRef, Trigger } from './types.js'

/** Beyond this the file is refused: configs and AGENTS.md are small, and the blob API caps at 100 MB. */
const MAX_TRUSTED_FILE_BYTES = 10 * 1024 * 1024

export class TrustedFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TrustedFileError'
  }
}

/**
 * The commit trusted files come from: the base branch's commit for a trigger about a pull
 * request, else the tip of the repository's default branch.
 */
export async function trustedRef(client: GitHubClient, trigger: Trigger, pull?: PullInfo): Promise<string> {
  const number = pullNumberOf(trigger)
  if (number !== undefined) {
    const info = pull?.number === number ? pull : await fetchPullInfo(client, trigger.repo, number)
    return info.baseSha
  }
  const { owner, repo } = trigger.repo
  const { data: repository } = await client.rest.repos.get({ owner, repo })
  const { data: branch } = await client.rest.repos.getBranch({
    owner,
    repo,
    branch: repository.default_branch,
  })
  return branch.commit.sha
}

/** The text of `filePath` at `ref`, or undefined when there is no such file. */
export async function readTrustedFile(
  client: GitHubClient,
  repo: RepoRef,
  filePath: string,
  ref: string,
): Promise<string | undefined> {
  const relative = repoRelative(filePath)
  let data: Awaited<ReturnType<GitHubClient['rest']['repos']['getContent']>>['data']
  try {
    ;({ data } = await client.rest.repos.getContent({
      owner: repo.owner,
      repo: repo.repo,
      path: relative,
      ref,
    }))
  } catch (error) {
    if (statusOf(error) === 404) return undefined
    throw error
  }
  if (Array.isArray(data)) throw new TrustedFileError(`${relative} at ${ref} is a directory, not a file`)
  if (data.type !== 'file')
    throw new TrustedFileError(`${relative} at ${ref} is a ${data.type}, not a regular file`)
  if (data.size > MAX_TRUSTED_FILE_BYTES) {
    throw new TrustedFileError(
      `${relative} at ${ref} is ${data.size} bytes; files over ${MAX_TRUSTED_FILE_BYTES} are refused`,
    )
  }
  const content = 'content' in data && typeof data.content === 'string' ? data.content : ''
  const encoding = 'encoding' in data && typeof data.encoding === 'string' ? data.encoding : ''
  if (encoding === 'base64' && (content !== '' || data.size === 0))
    return Buffer.from(content, 'base64').toString('utf8')
  // Files over 1 MB come back without content (encoding "none"); the blob API serves them.
  const { data: blob } = await client.rest.git.getBlob({
    owner: repo.owner,
    repo: repo.repo,
    file_sha: data.sha,
  })
  return Buffer.from(blob.content, blob.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8')
}

export interface TrustedDoc {
  /** Repository-relative path, e.g. `AGENTS.md` or `packages/app/AGENTS.md`. */
  path: string
  text: string
}

/**
 * The project docs from the repository root down to the working folder, outermost first, read at
 * `ref` and capped at `maxBytes` in all, as the local loader (src/agent/project-docs.ts) does on
 * disk: in each folder the first of `names` (AGENTS.override.md, AGENTS.md, the configured
 * fallbacks) that is a file. One folder listing per level finds it, whatever the number of names.
 */
export async function readTrustedProjectDocs(
  client: GitHubClient,
  repo: RepoRef,
  ref: string,
  workingDirRelative: string,
  maxBytes: number,
  names: readonly string[] = ['AGENTS.md'],
): Promise<TrustedDoc[]> {
  if (maxBytes <= 0) return []
  const relative = repoRelative(workingDirRelative)
  const parts = relative === '' ? [] : relative.split('/')
  const folders = ['', ...parts.map((_, i) => parts.slice(0, i + 1).join('/'))]
  const docs: TrustedDoc[] = []
  let remaining = maxBytes
  for (const folder of folders) {
    const found = await firstDocIn(client, repo, folder, names, ref)
    if (found === undefined) continue
    const { path: docPath, text } = found
    const bytes = Buffer.from(text)
    const kept = bytes.length > remaining ? bytes.subarray(0, remaining).toString('utf8') : text
    if (kept.trim() === '') continue
    docs.push({ path: docPath, text: kept })
    remaining -= Math.min(bytes.length, remaining)
    if (remaining <= 0) break
  }
  return docs
}

/**
 * The first of `names` in `folder` at `ref` that reads as a regular file: a symlink counts when
 * GitHub resolves it to a file of the repository (as the local loader follows it on disk); one
 * that points elsewhere is passed over for the next name.
 */
async function firstDocIn(
  client: GitHubClient,
  repo: RepoRef,
  folder: string,
  names: readonly string[],
  ref: string,
): Promise<TrustedDoc | undefined> {
  let entries: Set<string>
  try {
    entries = await fileOrLinkNamesIn(client, repo, folder, ref)
  } catch (error) {
    if (statusOf(error) === 404) return undefined
    throw error
  }
  for (const name of names.filter((candidate) => entries.has(candidate))) {
    const docPath = folder === '' ? name : `${folder}/${name}`
    const text = await readTrustedFile(client, repo, docPath, ref).catch((error: unknown) => {
      if (error instanceof TrustedFileError) return undefined
      throw error
    })
    if (text !== undefined) return { path: docPath, text }
  }
  return undefined
}

/**
 * The names of the files and symlinks directly in `folder`. The root is listed through the Git
 * Trees API: the contents API has no documented path for it (`/contents/` is not in GitHub's
 * description). A submodule is listed as a file there; reading it then fails and it is passed over.
 */
async function fileOrLinkNamesIn(
  client: GitHubClient,
  repo: RepoRef,
  folder: string,
  ref: string,
): Promise<Set<string>> {
  const where = { owner: repo.owner, repo: repo.repo }
  if (folder === '') {
    const { data } = await client.rest.git.getTree({ ...where, tree_sha: ref })
    const blobs = data.tree.filter((entry) => entry.type === 'blob')
    return new Set(blobs.flatMap((entry) => (entry.path === undefined ? [] : [entry.path])))
  }
  const { data } = await client.rest.repos.getContent({ ...where, path: folder, ref })
  if (!Array.isArray(data)) return new Set()
  const listed = data.filter((entry) => entry.type === 'file' || entry.type === 'symlink')
  return new Set(listed.map((entry) => entry.name))
}

/** A path inside the repository, `/`-separated, without `./`; one that climbs out is refused. */
function repoRelative(target: string): string {
  const normalized = path.posix.normalize(target.replace(/\\/g, '/')).replace(/^\/+|\/+$/g, '')
  if (normalized === '.' || normalized === '') return ''
  if (normalized === '..' || normalized.startsWith('../')) {
    throw new TrustedFileError(`'${target}' is outside the repository`)
  }
  return normalized
}
