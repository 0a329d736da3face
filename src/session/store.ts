// Where sessions are kept: `refs/codex-pr-action/sessions/<issue-or-PR number>`, one record
// (git/ref-store.ts) pushed with the action's token by the harness, never from the sandbox. Who can
// write such a ref: the action, and a person with write permission (trusted: they can push code
// anyway). Not the model (no token), not a fork's author, not a commenter (no push to this
// repository). A record is used only when it is a single root commit committed by the action's
// identity, holding exactly `session.json`, naming this repository and thread. Every write after
// the first is a compare-and-swap on the version read, so two runs never interleave their saves.
import { remoteFor } from '../git/remote.js'
import type { RemoteAuth } from '../git/remote.js'
import {
  deleteRecord,
  listRecords,
  readRecord,
  RECORD_COMMITTER,
  RecordError,
  storeRef,
  writeRecord,
} from '../git/ref-store.js'
import { parseSession, serializeSession } from './record.js'
import type { SessionRecord } from './record.js'

const SESSION_FILE = 'session.json'

export interface SessionStoreOptions {
  serverUrl: string
  owner: string
  repo: string
  token: string
  tempRoot?: string | undefined
  redact: (text: string) => string
  signal?: AbortSignal | undefined
}

export type LoadedSession =
  { ok: true; record: SessionRecord; sha: string } | { ok: false; reason: string; missing?: boolean }

export function sessionRef(thread: number): string {
  return storeRef('sessions', String(thread))
}

export class SessionStore {
  private readonly auth: RemoteAuth

  constructor(private readonly options: SessionStoreOptions) {
    this.auth = remoteFor(options.serverUrl, options.owner, options.repo, options.token)
  }

  get repoName(): string {
    return `${this.options.owner}/${this.options.repo}`
  }

  /**
   * Writes the record; `expected` is the version this run last read or wrote ('' — none may exist,
   * undefined — replace any). Returns the new version; throws when another run moved the ref.
   */
  async save(record: SessionRecord, expected: string | undefined): Promise<string> {
    const json = serializeSession(record, this.options.redact)
    const title = `codex-pr-action session for #${record.thread} (${record.state})`
    return writeRecord(this.auth, sessionRef(record.thread), { [SESSION_FILE]: json }, title, {
      ...this.storeOptions(),
      expected,
    })
  }

  /**
   * Takes the session over for a run (`/codex continue`, `/codex approve`): saved as `running`, a
   * paused session's commands dropped, only if it is still at the version `sha` that was read — of
   * two runs claiming the same version, the second throws. Returns the version claimed.
   */
  async claim(record: SessionRecord, sha: string, stamp: { runUrl: string; updatedAt: string }) {
    return this.save({ ...record, state: 'running', approval: undefined, ...stamp }, sha)
  }

  /** The session of `thread`, verified to be the action's and to belong here; or why not. */
  async load(thread: number): Promise<LoadedSession> {
    const ref = sessionRef(thread)
    let stored
    try {
      stored = await readRecord(this.auth, ref, [SESSION_FILE], this.storeOptions())
    } catch (error) {
      if (error instanceof RecordError) return { ok: false, reason: `${error.message}; it was not used` }
      throw error
    }
    if (!stored) return { ok: false, reason: `no session is saved for #${thread}`, missing: true }
    if (stored.committer !== RECORD_COMMITTER) {
      const who = stored.committer === '' ? 'an unknown identity' : `'${stored.committer}'`
      return {
        ok: false,
        reason: `the session at ${ref} was written by ${who}, not by this action; it was not used`,
      }
    }
    const record = parseSession(stored.files.get(SESSION_FILE)?.toString('utf8') ?? '')
    if (typeof record === 'string') return { ok: false, reason: `${record} (${ref}); it was not used` }
    if (record.repo !== this.repoName || record.thread !== thread)
      return { ok: false, reason: `the session at ${ref} belongs to another thread; it was not used` }
    return { ok: true, record, sha: stored.sha }
  }

  /** Every saved session: thread number → version. */
  async list(): Promise<Map<number, string>> {
    const records = await listRecords(this.auth, 'sessions', this.storeOptions())
    const sessions = new Map<number, string>()
    for (const [key, sha] of records) if (/^[1-9][0-9]*$/.test(key)) sessions.set(Number(key), sha)
    return sessions
  }

  /** Removes the session, only if it is still at `sha`. */
  async remove(thread: number, sha: string): Promise<void> {
    await deleteRecord(this.auth, sessionRef(thread), sha, this.storeOptions())
  }

  private storeOptions() {
    return { tempRoot: this.options.tempRoot, signal: this.options.signal }
  }
}
