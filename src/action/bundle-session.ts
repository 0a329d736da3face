// Sessions in two-job mode. The agent job has no token that could push the session ref, so its
// harness puts the session record into the bundle (bundle.ts pins it by size and digest); the
// publish job, which holds the token, checks it with the rest of the bundle before anything is
// pushed — any mismatch refuses the whole bundle — and saves it under the sessions ref after
// publishing. The bundle is hostile input: only the conversation, plan and usage are taken from
// it; where the work is (start commit, branch, PR) and who wrote the record are the publish job's.
import type { AgentResult } from '../agent/loop.js'
import { errorMessage } from '../common/errors.js'
import { runUrl } from '../github/types.js'
import type { Trigger } from '../github/types.js'
import { PublishError } from '../publish/index.js'
import type { PublishResult } from '../publish/index.js'
import type { BundleManifest } from '../publish/bundle-verify.js'
import { parseSession, serializeSession, SESSION_VERSION } from '../session/record.js'
import type { SessionRecord } from '../session/record.js'
import { threadNumber } from './approval-comment.js'
import type { ActionDeps } from './deps.js'
import { sessionStore } from './session-run.js'
import type { TaskInput } from './task-input.js'

/** The agent job's half: the finished run's session, serialised and redacted; none without a thread. */
export function bundledSession(input: TaskInput, result: AgentResult, startSha: string): string | undefined {
  const thread = threadNumber(input.trigger)
  if (thread === undefined) return undefined
  const { owner, repo } = input.trigger.repo
  const record: SessionRecord = {
    version: SESSION_VERSION,
    repo: `${owner}/${repo}`,
    thread,
    state: 'completed',
    task: input.context.task,
    startSha,
    diff: '',
    transcript: result.transcript ?? [],
    plan: result.plan.map(({ text, completed }) => ({ text, completed })),
    turns: result.turns,
    usage: result.usage,
    runs: 1,
    runUrl: runUrl(input.deps.env),
    updatedAt: new Date().toISOString(),
  }
  return serializeSession(record, (text) => input.deps.redactor.redact(text))
}

/** The publish job's check, before anything is pushed: the bundled session is this task's. */
export function checkBundledSession(
  text: string | undefined,
  trigger: Trigger,
  manifest: BundleManifest,
): SessionRecord | undefined {
  if (text === undefined) return undefined
  const record = parseSession(text)
  if (typeof record === 'string') throw refused(record)
  if (record.state !== 'completed') throw refused(`its session is ${record.state}, not a finished run's`)
  const repo = `${trigger.repo.owner}/${trigger.repo.repo}`
  if (record.repo.toLowerCase() !== repo.toLowerCase())
    throw refused(`its session was made for ${record.repo}`)
  const thread = threadNumber(trigger)
  if (record.thread !== thread)
    throw refused(
      `its session belongs to #${record.thread}, not to ${thread === undefined ? 'this event' : `#${thread}`}`,
    )
  if (record.startSha !== manifest.startSha)
    throw refused('its session starts from another commit than its patch')
  return record
}

/** The publish job's save, naming where the work went; a warning for the report when it fails. */
export async function saveBundledSession(
  deps: ActionDeps,
  trigger: Trigger,
  record: SessionRecord,
  published: PublishResult,
): Promise<string | undefined> {
  const pull = published.pullRequest?.number
  const pushed =
    published.commitSha && published.branch
      ? { branch: published.branch.name, commit: published.commitSha, pull }
      : undefined
  // Field by field: nothing else the bundle may carry reaches the saved record.
  const saved: SessionRecord = {
    version: SESSION_VERSION,
    repo: record.repo,
    thread: record.thread,
    state: 'completed',
    task: record.task,
    startSha: pushed?.commit ?? record.startSha,
    diff: '',
    pushed,
    transcript: record.transcript,
    plan: record.plan,
    turns: record.turns,
    usage: record.usage,
    runs: 1,
    runUrl: runUrl(deps.env),
    updatedAt: new Date().toISOString(),
  }
  try {
    // A fresh task replaces any earlier session of the thread, as in one job.
    await sessionStore(deps, trigger).save(saved, undefined)
    deps.log(`session: saved for #${record.thread}`)
    return undefined
  } catch (error) {
    const why = errorMessage(error)
    deps.log(`session: could not be saved: ${why}`)
    return `the session could not be saved, so \`${deps.settings.triggerPhrase} continue\` cannot pick this run up (${why.split('\n')[0] ?? why})`
  }
}

function refused(problem: string): PublishError {
  return new PublishError('invalid-bundle', `the bundle was refused: ${problem}; nothing was pushed`)
}
