// What a run of the action leaves behind so that a later `/codex continue` can pick it up: the
// conversation, the plan, the usage so far, where the work started and where it is now. It is kept
// under a hidden ref only the harness writes (store.ts); here it is serialised, and read back
// defensively — a record is data from the repository, and it is checked field by field.
import type { Item, Usage } from '../model/types.js'
import { parseApproval } from './approval.js'
import type { SessionApproval } from './approval.js'
import { FULL_SHA, isObject } from '../common/shapes.js'

export const SESSION_VERSION = 1

export type SessionState =
  /** A run is going on (or died: the runner was killed); the record is its last saved turn. */
  | 'running'
  /** The run stopped before the task was done (budget, failure, cancellation). */
  | 'partial'
  | 'completed'
  /** The run paused on commands that need a person: `/codex approve <id>` resumes it (approval.ts). */
  | 'awaiting-approval'

export interface SessionRecord {
  version: typeof SESSION_VERSION
  /** `owner/repo` and the issue or PR number the record belongs to. */
  repo: string
  thread: number
  state: SessionState
  /** The task as first asked, and every instruction added by `/codex continue` since. */
  task: string
  /** The commit the workspace diff applies to. */
  startSha: string
  /** `git diff --binary` of the workspace against startSha when saved; '' once it was pushed. */
  diff: string
  /** Where the work was pushed, when it was. */
  pushed?: { branch: string; commit: string; pull?: number | undefined } | undefined
  /** Why the last run stopped, in one line (partial); undefined when it completed. */
  reason?: string | undefined
  /** The commands waiting for approval; present exactly when state is `awaiting-approval`. */
  approval?: SessionApproval | undefined
  transcript: Item[]
  plan: { text: string; completed: boolean }[]
  /** Over every run of this session. */
  turns: number
  usage: Usage
  runs: number
  /** The workflow run that wrote the record, and when. */
  runUrl: string
  updatedAt: string
}

/** The record as stored. Secrets are redacted first: a ref is as public as the repository. */
export function serializeSession(record: SessionRecord, redact: (text: string) => string): string {
  return redact(JSON.stringify(record))
}

const STATES: readonly string[] = ['running', 'partial', 'completed', 'awaiting-approval']

/** The stored record, or why it cannot be used. */
export function parseSession(json: string): SessionRecord | string {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return 'the saved session is not valid JSON'
  }
  if (!isObject(value) || value.version !== SESSION_VERSION) return 'the saved session has an unknown version'
  const { repo, thread, state, task, startSha, diff, transcript, plan, turns, runs, runUrl, updatedAt } =
    value
  if (typeof repo !== 'string' || typeof thread !== 'number' || typeof task !== 'string')
    return 'the saved session is incomplete'
  if (typeof state !== 'string' || !STATES.includes(state)) return 'the saved session has an unknown state'
  if (typeof startSha !== 'string' || !FULL_SHA.test(startSha))
    return 'the saved session names no start commit'
  if (typeof diff !== 'string' || !Array.isArray(transcript) || !transcript.every(isItem))
    return 'the saved session holds no conversation'
  if (typeof turns !== 'number' || typeof runs !== 'number') return 'the saved session is incomplete'
  const pushed = asPushed(value.pushed)
  if (pushed === null) return 'the saved session names a pushed branch it cannot have'
  // Only a paused session carries commands to approve; any other state's list is never read.
  const approval = state === 'awaiting-approval' ? parseApproval(value.approval) : undefined
  if (typeof approval === 'string') return approval
  return {
    version: SESSION_VERSION,
    repo,
    thread,
    state: state as SessionState,
    task,
    startSha,
    diff,
    pushed,
    reason: typeof value.reason === 'string' ? value.reason : undefined,
    approval,
    transcript,
    plan: Array.isArray(plan) ? plan.filter(isPlanStep) : [],
    turns,
    usage: asUsage(value.usage),
    runs,
    runUrl: typeof runUrl === 'string' ? runUrl : '',
    updatedAt: typeof updatedAt === 'string' ? updatedAt : '',
  }
}

/** undefined: not pushed; null: malformed. */
function asPushed(value: unknown): SessionRecord['pushed'] | null {
  if (value === undefined || value === null) return undefined
  if (!isObject(value)) return null
  const { branch, commit, pull } = value
  if (typeof branch !== 'string' || !/^[A-Za-z0-9._/-]+$/.test(branch)) return null
  if (typeof commit !== 'string' || !FULL_SHA.test(commit)) return null
  if (pull !== undefined && (typeof pull !== 'number' || !Number.isInteger(pull))) return null
  return { branch, commit, pull }
}

function asUsage(value: unknown): Usage {
  const read = (key: string) => {
    const field = isObject(value) ? value[key] : undefined
    return typeof field === 'number' && field >= 0 ? field : 0
  }
  return {
    inputTokens: read('inputTokens'),
    cachedInputTokens: read('cachedInputTokens'),
    cacheWriteInputTokens: read('cacheWriteInputTokens'),
    outputTokens: read('outputTokens'),
    reasoningOutputTokens: read('reasoningOutputTokens'),
  }
}

// The conversation goes back to the model as it was; only its outer shape is checked here.
function isItem(value: unknown): value is Item {
  return isObject(value) && typeof value.type === 'string'
}

function isPlanStep(value: unknown): value is { text: string; completed: boolean } {
  return isObject(value) && typeof value.text === 'string' && typeof value.completed === 'boolean'
}
