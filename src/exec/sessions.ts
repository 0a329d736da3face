// Finds and reads a saved session for `exec resume`: by id, or the newest one whose latest turn ran
// in this folder (`--last`, as Codex picks it; `--all` drops the folder filter). The conversation
// comes back as the loop's items, so the model sees the earlier turns as history.
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { ResumeTarget } from './args.js'
import type { Item } from '../model/types.js'
import { itemFromOutput } from '../model/responses-wire.js'
import { asArray, asObject, asString } from '../model/json.js'
import type { JsonObject } from '../model/json.js'

export interface SavedSession {
  file: string
  id: string
  /** The folder of its latest turn (else of its start). */
  cwd: string
  history: Item[]
}

/** No session matched: the message names what was looked for and where. */
export class SessionNotFoundError extends Error {}

export async function findSession(target: ResumeTarget, dir: string, cwd: string): Promise<SavedSession> {
  const files = await rolloutFiles(dir)
  if (target.kind === 'id') {
    const file = files.find((candidate) => path.basename(candidate).endsWith(`-${target.id}.jsonl`))
    const session = file === undefined ? undefined : await readSession(file)
    if (session && (target.all || session.cwd === cwd)) return session
    const where = session ? `; it ran in ${session.cwd} (add --all to resume it from here)` : ''
    throw new SessionNotFoundError(`no saved session with id ${target.id} under ${dir}${where}`)
  }
  const newestFirst = await byModifiedTime(files)
  for (const file of newestFirst) {
    const session = await readSession(file)
    if (session && (target.all || session.cwd === cwd)) return session
  }
  const scope = target.all ? '' : ` for ${cwd}`
  throw new SessionNotFoundError(
    `no saved session${scope} under ${dir} (${files.length} rollout file(s) there)`,
  )
}

async function rolloutFiles(dir: string): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(dir, { recursive: true })
  } catch {
    return []
  }
  return names
    .filter((name) => /^rollout-.*\.jsonl$/.test(path.basename(name)))
    .map((name) => path.join(dir, name))
}

async function byModifiedTime(files: string[]): Promise<string[]> {
  const stamped = await Promise.all(files.map(async (file) => ({ file, time: (await stat(file)).mtimeMs })))
  return stamped.sort((a, b) => b.time - a.time || b.file.localeCompare(a.file)).map((entry) => entry.file)
}

/** A rollout read back; undefined when it has no `session_meta` line (not a session file). */
export async function readSession(file: string): Promise<SavedSession | undefined> {
  let id: string | undefined
  let cwd = ''
  let history: Item[] = []
  for (const text of (await readFile(file, 'utf8')).split('\n')) {
    const entry = parseLine(text)
    const payload = asObject(entry?.payload)
    if (!entry || !payload) continue
    switch (entry.type) {
      case 'session_meta':
        id ??= asString(payload.id)
        cwd = asString(payload.cwd) ?? cwd
        break
      case 'turn_context':
        cwd = asString(payload.cwd) ?? cwd
        break
      case 'response_item': {
        const item = itemFromRollout(payload)
        if (item) history.push(item)
        break
      }
      case 'compacted': {
        // The compacted history replaces what came before, as Codex rebuilds it.
        const replacement = asArray(payload.replacement_history).map(asObject)
        history = replacement.flatMap((value) => (value ? (itemFromRollout(value) ?? []) : []))
        break
      }
    }
  }
  return id === undefined ? undefined : { file, id, cwd, history: pairedCalls(history) }
}

function parseLine(text: string): JsonObject | undefined {
  if (text.trim() === '') return undefined
  try {
    return asObject(JSON.parse(text))
  } catch {
    return undefined // a line cut short by a crash: the rest of the session still counts
  }
}

/** A Responses item as recorded by Codex (or by us) → the loop's item; others are left out. */
function itemFromRollout(payload: JsonObject): Item | undefined {
  switch (payload.type) {
    case 'message': {
      const role = payload.role
      if (role !== 'user' && role !== 'assistant' && role !== 'developer') return undefined
      const content = asArray(payload.content)
        .map((part) => asString(asObject(part)?.text) ?? '')
        .join('')
      return { type: 'message', role, content }
    }
    case 'function_call_output':
    case 'custom_tool_call_output':
      return {
        type: payload.type,
        callId: asString(payload.call_id) ?? '',
        output: outputText(payload.output),
      }
    default:
      return itemFromOutput(payload)
  }
}

/** Codex records an output as text, or as content items (text and images): the text is kept. */
function outputText(output: unknown): string {
  if (typeof output === 'string') return output
  const object = asObject(output)
  if (object && typeof object.content === 'string') return object.content
  return asArray(object?.content ?? output)
    .map((part) => asString(asObject(part)?.text) ?? '')
    .join('')
}

/**
 * A call without its output (the run was stopped between them) or an output without its call would
 * make the provider refuse the whole request: such halves are left out.
 */
function pairedCalls(items: Item[]): Item[] {
  const calls = new Set<string>()
  const outputs = new Set<string>()
  for (const item of items) {
    if (item.type === 'function_call' || item.type === 'custom_tool_call') calls.add(item.callId)
    if (item.type === 'function_call_output' || item.type === 'custom_tool_call_output')
      outputs.add(item.callId)
  }
  return items.filter((item) => {
    if (item.type === 'function_call' || item.type === 'custom_tool_call') return outputs.has(item.callId)
    if (item.type === 'function_call_output' || item.type === 'custom_tool_call_output')
      return calls.has(item.callId)
    return true
  })
}
