// Session rollouts as Codex writes them: one JSONL file per session under
// `$CODEX_HOME/sessions/YYYY/MM/DD/rollout-<local time>-<id>.jsonl`, each line
// `{timestamp, type, payload}` with `type` one of Codex's RolloutItem kinds (`session_meta`,
// `turn_context`, `response_item`, `compacted`, `event_msg`). Response items are written in the
// Responses API shape, as Codex records them, so `exec resume` (here or in Codex) can read them.
import { appendFile, mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { AgentResult } from '../agent/loop.js'
import type { Item } from '../model/types.js'
import { toResponsesInput } from '../model/responses-wire.js'
import type { SandboxMode } from '../config/types.js'
import { VERSION } from '../version.js'

/** `$CODEX_HOME`, else `~/.codex`, as Codex finds it. */
export function codexHome(env: NodeJS.ProcessEnv): string {
  return env.CODEX_HOME !== undefined && env.CODEX_HOME !== ''
    ? path.resolve(env.CODEX_HOME)
    : path.join(os.homedir(), '.codex')
}

export function sessionsDir(env: NodeJS.ProcessEnv): string {
  return path.join(codexHome(env), 'sessions')
}

/** What a turn ran with: Codex's `turn_context` line, whose `cwd` picks sessions for `--last`. */
export interface TurnContext {
  cwd: string
  model: string
  sandbox: SandboxMode
  approvalPolicy: string
}

export interface RolloutTarget {
  file: string
  id: string
  /** Items already in the file (a resumed session); undefined for a new session. */
  previous: Item[] | undefined
}

/** A new session's file: dated folders and a timestamped name in local time, as Codex names them. */
export function newRolloutFile(env: NodeJS.ProcessEnv, id: string, now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  const [year, month, day] = [String(now.getFullYear()), pad(now.getMonth() + 1), pad(now.getDate())]
  const time = `${pad(now.getHours())}-${pad(now.getMinutes())}-${pad(now.getSeconds())}`
  return path.join(sessionsDir(env), year, month, day, `rollout-${year}-${month}-${day}T${time}-${id}.jsonl`)
}

/**
 * Records one `exec` run: a new session gets its `session_meta` line first; a resumed one gets the
 * items that came after its earlier conversation (or, if the run compacted it, a `compacted` line
 * with the whole replacement history). The file is private to the user: transcripts hold code.
 */
export async function recordRun(
  target: RolloutTarget,
  context: TurnContext,
  task: string,
  result: AgentResult,
  provider: string,
): Promise<void> {
  const lines: unknown[] = []
  if (target.previous === undefined) {
    lines.push(line('session_meta', sessionMeta(target.id, context.cwd, provider)))
  }
  lines.push(line('turn_context', turnContext(context)))
  lines.push(line('event_msg', { type: 'user_message', message: task, images: [] }))
  const transcript = result.transcript ?? []
  const previous = target.previous ?? []
  if (startsWith(transcript, previous)) {
    for (const item of toResponsesInput(transcript.slice(previous.length)))
      lines.push(line('response_item', item))
  } else {
    lines.push(line('compacted', { message: '', replacement_history: toResponsesInput(transcript) }))
  }
  lines.push(line('event_msg', endEvent(result)))
  await mkdir(path.dirname(target.file), { recursive: true, mode: 0o700 })
  const text = lines.map((entry) => `${JSON.stringify(entry)}\n`).join('')
  if (target.previous === undefined) await writeFile(target.file, text, { mode: 0o600, flag: 'wx' })
  else await appendFile(target.file, text)
}

function line(type: string, payload: unknown) {
  return { timestamp: new Date().toISOString(), type, payload }
}

function sessionMeta(id: string, cwd: string, provider: string) {
  return {
    id,
    timestamp: new Date().toISOString(),
    cwd,
    originator: 'codex_exec',
    cli_version: VERSION,
    source: 'exec',
    model_provider: provider,
  }
}

function turnContext(context: TurnContext) {
  return {
    cwd: context.cwd,
    approval_policy: context.approvalPolicy,
    sandbox_policy: { type: context.sandbox },
    model: context.model,
  }
}

/** Codex's `task_complete` on completion; any other ending is recorded as an `error` event. */
function endEvent(result: AgentResult) {
  return result.status === 'completed'
    ? { type: 'task_complete', last_agent_message: result.finalMessage }
    : { type: 'error', message: result.reason ?? result.status }
}

function startsWith(items: readonly Item[], prefix: readonly Item[]): boolean {
  if (items.length < prefix.length) return false
  return prefix.every((item, index) => JSON.stringify(item) === JSON.stringify(items[index]))
}
