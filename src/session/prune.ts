// The saved sessions of a repository, and their cleanup: a session whose pull request was merged or
// closed (or, with no pull request, whose issue was closed) has nothing left to continue, so its
// ref is deleted — by `/codex status`, which lists what remains, and after each task run.
import { errorMessage } from '../common/errors.js'
import type { GitHubClient } from '../github/client.js'
import type { RepoRef, SessionSummary } from '../github/types.js'
import type { SessionStore } from './store.js'

interface PruneOptions {
  log: (line: string) => void
  /** A thread whose session must stay (the run's own, just saved). */
  keep?: number | undefined
  /** At most this many sessions are read; the rest wait for the next run. */
  limit?: number | undefined
}

/** Deletes the sessions with nothing left to continue; returns the others. */
export async function pruneSessions(
  store: SessionStore,
  client: GitHubClient,
  repo: RepoRef,
  options: PruneOptions,
): Promise<SessionSummary[]> {
  const listed = [...(await store.list())].sort(([a], [b]) => a - b).slice(0, options.limit ?? 20)
  const kept: SessionSummary[] = []
  for (const [thread, sha] of listed) {
    const loaded = await store.load(thread)
    if (!loaded.ok) {
      // Not ours to judge or delete: a person with push access wrote it; list it as such.
      kept.push({ thread, state: 'unusable', branch: undefined, pull: undefined, turns: 0, updatedAt: '' })
      continue
    }
    const { record } = loaded
    const closedBy =
      thread === options.keep ? undefined : await closedThread(client, repo, thread, record.pushed?.pull)
    if (closedBy !== undefined && loaded.sha === sha) {
      try {
        await store.remove(thread, sha)
        options.log(`session of #${thread} deleted: ${closedBy}`)
        continue
      } catch (error) {
        options.log(`session of #${thread} not deleted: ${errorMessage(error)}`)
      }
    }
    kept.push({
      thread,
      state: record.state,
      branch: record.pushed?.branch,
      pull: record.pushed?.pull,
      turns: record.turns,
      updatedAt: record.updatedAt,
    })
  }
  return kept
}

/** Why the session is over (its PR, or without one its thread, is closed); undefined if it is not. */
async function closedThread(
  client: GitHubClient,
  repo: RepoRef,
  thread: number,
  pull: number | undefined,
): Promise<string | undefined> {
  const number = pull ?? thread
  const { data } = await client.rest.issues.get({ owner: repo.owner, repo: repo.repo, issue_number: number })
  if (data.state !== 'closed') return undefined
  const merged = data.pull_request?.merged_at ? 'merged' : 'closed'
  return pull === undefined ? `#${thread} is closed` : `its pull request #${pull} was ${merged}`
}
