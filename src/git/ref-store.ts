// Records the harness keeps in the repository itself, under hidden refs (`refs/codex-pr-action/…`):
// each record is one root commit whose tree holds a few named files. Only the harness writes them,
// with the action's token, from a throwaway git dir in the runner's temp folder — never from the
// checkout, and only after the sandbox is gone. Neither the model (no token) nor a person without
// write permission (no push) can create or move such a ref, which is what makes a record trustworthy
// where a comment is not. A run's session lives here, with the commands a paused run waits on.
import { randomUUID } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { BOT_IDENTITY } from './client-types.js'
import { authEnv, type RemoteAuth } from './remote.js'
import { GitCommandError, readGitBlob, runGit } from './run.js'
import { FULL_SHA } from '../common/shapes.js'

export const STORE_NAMESPACE = 'refs/codex-pr-action/'
/** No record file is read past this size: GitHub's own limit for one file in a push. */
const MAX_FILE_BYTES = 100 * 1024 * 1024
/** Record files are named by the harness: plain names, never paths. */
const FILE_NAME = /^[a-z][a-z0-9-]*\.[a-z]+$/

export interface StoreOptions {
  /** Where the throwaway git dir is made (RUNNER_TEMP on a runner). */
  tempRoot?: string | undefined
  signal?: AbortSignal | undefined
}

export interface WriteOptions extends StoreOptions {
  /**
   * Compare-and-swap: the sha the ref must still point at ('' — must not exist yet). A writer that
   * lost the race gets a GitCommandError and nothing is written. Unset: replace whatever is there.
   */
  expected?: string | undefined
}

export interface StoredRecord {
  /** The record's commit: pass it to deleteRecord so only this version is removed. */
  sha: string
  /** `name <email>` of the commit's committer, for stores that accept only the harness's identity. */
  committer: string
  files: Map<string, Buffer>
}

/** `name <email>` of the identity the harness writes records as. */
export const RECORD_COMMITTER = `${BOT_IDENTITY.name} <${BOT_IDENTITY.email}>`

/** `refs/codex-pr-action/<kind>/<key>`, checked so a key can never leave its namespace. */
export function storeRef(kind: string, key: string): string {
  if (!/^[a-z][a-z-]*$/.test(kind) || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(key) || key.includes('..'))
    throw new Error(`'${kind}/${key}' is not a valid record name`)
  return `${STORE_NAMESPACE}${kind}/${key}`
}

/** Writes `files` as one commit at `ref`, replacing what was there; returns the commit's sha. */
export async function writeRecord(
  auth: RemoteAuth,
  ref: string,
  files: Record<string, string>,
  title: string,
  options: WriteOptions = {},
): Promise<string> {
  checkRef(ref)
  if (options.expected !== undefined && options.expected !== '' && !FULL_SHA.test(options.expected))
    throw new Error(`'${options.expected}' is not a full commit sha`)
  return withStore(options, async (store) => {
    for (const [name, content] of Object.entries(files)) {
      if (!FILE_NAME.test(name)) throw new Error(`'${name}' is not a valid record file name`)
      const file = path.join(store.root, 'content')
      await fs.writeFile(file, content)
      const blob = (await store.git(['hash-object', '-w', '--', file])).trim()
      await store.git(['update-index', '--add', '--cacheinfo', `100644,${blob},${name}`])
    }
    const tree = (await store.git(['write-tree'])).trim()
    const message = path.join(store.root, 'message')
    // A write id makes every write its own commit: two runs writing the same record in the same
    // second would otherwise make the same commit, and git takes a push of the commit the ref
    // already holds as up to date, past the lease: the second claim of a session would "win" too.
    await fs.writeFile(message, `${title}\n\nwrite ${randomUUID()}\n`)
    const identity = {
      GIT_AUTHOR_NAME: BOT_IDENTITY.name,
      GIT_AUTHOR_EMAIL: BOT_IDENTITY.email,
      GIT_COMMITTER_NAME: BOT_IDENTITY.name,
      GIT_COMMITTER_EMAIL: BOT_IDENTITY.email,
    }
    const sha = (await store.git(['commit-tree', tree, '-F', message], identity)).trim()
    const lease = options.expected === undefined ? [] : [`--force-with-lease=${ref}:${options.expected}`]
    // A `+` refspec forces past any lease: with a lease, the lease alone allows the replacement.
    const refspec = options.expected === undefined ? `+${sha}:${ref}` : `${sha}:${ref}`
    await store.git(
      ['push', '--porcelain', '--no-verify', ...lease, '--', auth.repoUrl, refspec],
      authEnv(auth),
    )
    return sha
  })
}

/**
 * The record at `ref`, or undefined when there is none. Refused (thrown) unless it has the shape
 * the harness writes: a root commit whose tree holds exactly `names`, each a regular file.
 */
export async function readRecord(
  auth: RemoteAuth,
  ref: string,
  names: readonly string[],
  options: StoreOptions = {},
): Promise<StoredRecord | undefined> {
  checkRef(ref)
  return withStore(options, async (store) => {
    const listed = await store.git(['ls-remote', '--', auth.repoUrl, ref], authEnv(auth))
    const sha = listed
      .split('\n')
      .find((line) => line.endsWith(`\t${ref}`))
      ?.split('\t')[0]
    if (sha === undefined) return undefined
    if (!FULL_SHA.test(sha)) throw new RecordError(`${ref} does not point at a commit`)
    const fetchArgs = ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--depth=1']
    await store.git([...fetchArgs, '--', auth.repoUrl, `+${sha}:refs/record`], authEnv(auth))
    // The raw object, not rev-list: a shallow fetch hides the parents of the commit it stops at.
    const header = (await store.git(['cat-file', 'commit', sha])).split('\n\n')[0] ?? ''
    if (/^parent /m.test(header))
      throw new RecordError(`${ref} is not a record this action wrote (not a single root commit)`)
    const committer = /^committer (.*?) \d+ [+-]\d{4}$/m.exec(header)?.[1] ?? ''
    const entries = (await store.git(['ls-tree', '-z', '--full-tree', sha])).split('\0').filter(Boolean)
    const blobs = new Map<string, string>()
    for (const entry of entries) {
      const match = /^100644 blob ([0-9a-f]+)\t(.+)$/.exec(entry)
      if (!match?.[1] || !match[2]) throw new RecordError(`${ref} holds something other than files`)
      blobs.set(match[2], match[1])
    }
    const expected = [...names].sort().join(', ')
    if ([...blobs.keys()].sort().join(', ') !== expected)
      throw new RecordError(`${ref} does not hold exactly ${expected}`)
    const files = new Map<string, Buffer>()
    for (const [name, blob] of blobs) {
      if (Number((await store.git(['cat-file', '-s', blob])).trim()) > MAX_FILE_BYTES)
        throw new RecordError(`${ref}: ${name} is larger than any record this action writes`)
      files.set(name, await readGitBlob(blob, store.runOptions()))
    }
    return { sha, committer, files }
  })
}

/** Every record of `kind` on the remote: key → commit sha (nothing fetched). */
export async function listRecords(
  auth: RemoteAuth,
  kind: string,
  options: StoreOptions = {},
): Promise<Map<string, string>> {
  const prefix = storeRef(kind, 'x').slice(0, -1)
  return withStore(options, async (store) => {
    const listed = await store.git(['ls-remote', '--', auth.repoUrl, `${prefix}*`], authEnv(auth))
    const records = new Map<string, string>()
    for (const line of listed.split('\n')) {
      const [sha, ref] = line.split('\t')
      const key = ref?.startsWith(prefix) ? ref.slice(prefix.length) : ''
      if (sha && FULL_SHA.test(sha) && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(key)) records.set(key, sha)
    }
    return records
  })
}

/** Removes the record, but only if `ref` still points at `sha`: two readers cannot both consume it. */
export async function deleteRecord(
  auth: RemoteAuth,
  ref: string,
  sha: string,
  options: StoreOptions = {},
): Promise<void> {
  checkRef(ref)
  if (!FULL_SHA.test(sha)) throw new Error(`'${sha}' is not a full commit sha`)
  await withStore(options, (store) =>
    store.git(
      [
        'push',
        '--porcelain',
        '--no-verify',
        `--force-with-lease=${ref}:${sha}`,
        '--',
        auth.repoUrl,
        `:${ref}`,
      ],
      authEnv(auth),
    ),
  )
}

/** A record that is there but not in the shape the harness writes. */
export class RecordError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RecordError'
  }
}

export { GitCommandError }

function checkRef(ref: string): void {
  const rest = ref.startsWith(STORE_NAMESPACE) ? ref.slice(STORE_NAMESPACE.length).split('/') : []
  if (rest.length !== 2) throw new Error(`'${ref}' is not a record ref`)
  storeRef(rest[0] ?? '', rest[1] ?? '')
}

interface Store {
  root: string
  git(args: string[], env?: Record<string, string>): Promise<string>
  runOptions(): { cwd: string; env: Record<string, string>; home: string; signal?: AbortSignal | undefined }
}

async function withStore<T>(options: StoreOptions, use: (store: Store) => Promise<T>): Promise<T> {
  const root = await fs.mkdtemp(path.join(options.tempRoot ?? os.tmpdir(), 'codex-store-'))
  try {
    const home = path.join(root, 'home')
    const gitDir = path.join(root, 'git')
    await fs.mkdir(home)
    const base = { GIT_DIR: gitDir, GIT_INDEX_FILE: path.join(root, 'index') }
    const runOptions = () => ({ cwd: root, env: base, home, signal: options.signal })
    await runGit(['init', '--quiet', '--bare', '--', gitDir], runOptions())
    const store: Store = {
      root,
      runOptions,
      git: (args, env = {}) => runGit(args, { ...runOptions(), env: { ...base, ...env } }),
    }
    return await use(store)
  } finally {
    await fs.rm(root, { recursive: true, force: true })
  }
}
