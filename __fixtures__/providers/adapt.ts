// The adaptations recordings/SOURCES.md allows, and nothing else: a recorded tool call becomes a
// `shell` call whose arguments are the test task's command, cut into as many fragments, in the same
// chunks, as the recording had. Lines that carry no tool call are served byte-identical.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const RECORDINGS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'recordings')

/** The command every adapted tool call runs: it fixes src/math.js and runs its test. */
export const TASK_ARGV = ['bash', '-lc', "sed -i 's/a - b/a + b/' src/math.js && node test/math.test.js"]
export const TASK_ARGUMENTS = JSON.stringify({ command: TASK_ARGV })

export function recording(name: string): string {
  return readFileSync(path.join(RECORDINGS, name), 'utf8')
}

/** ai-sdk's `.chunks.txt` (one JSON payload a line) framed as its own tests frame it. */
export function frameChunks(text: string): string {
  const lines = text.split('\n').filter((line) => line !== '')
  return lines.map((line) => `data: ${line}\n\n`).join('') + 'data: [DONE]\n\n'
}

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** `text` cut into `count` pieces of near-equal length. */
function cut(text: string, count: number): string[] {
  const pieces: string[] = []
  for (let i = 0; i < count; i++) {
    pieces.push(
      text.slice(Math.floor((i * text.length) / count), Math.floor(((i + 1) * text.length) / count)),
    )
  }
  return pieces
}

/** Rewrites each `data:` payload of an SSE text that `edit` changes; other bytes stay as they were. */
function rewriteSse(sse: string, edit: (payload: Json) => boolean): string {
  return sse.replace(/^data: (\{.*\})$/gm, (line, json: string) => {
    const payload = JSON.parse(json) as Json
    return edit(payload) ? `data: ${JSON.stringify(payload)}` : line
  })
}

interface Fragment {
  holder: Json
  recorded: string
}

/**
 * Chat Completions: every `tool_calls[].function` is renamed to `shell` and its argument fragments
 * replaced. Fragments belong to a call by `index`, else by a new name, else to the previous call. A
 * fragment that repeats the whole recorded arguments (vLLM's final flush) repeats the whole new ones.
 */
export function adaptChatToolCalls(sse: string): string {
  const calls = new Map<string, Fragment[]>()
  let lastKey = ''
  // Parse every payload once (identical lines recur, so they are told apart by position), edit
  // the parsed objects, then write back only the payloads that carried a tool call.
  const payloads: Array<Json | undefined> = []
  sse.replace(/^data: (\{.*\})$/gm, (line, json: string) => {
    const payload = JSON.parse(json) as Json
    const choice = Array.isArray(payload.choices) ? (payload.choices[0] as Json | undefined) : undefined
    const delta = isObject(choice?.delta) ? choice.delta : undefined
    const toolCalls = delta && Array.isArray(delta.tool_calls) ? (delta.tool_calls as Json[]) : []
    payloads.push(toolCalls.length > 0 ? payload : undefined)
    for (const call of toolCalls) {
      const fn = isObject(call.function) ? call.function : undefined
      if (!fn) continue
      const named = typeof fn.name === 'string' && fn.name !== ''
      const key =
        typeof call.index === 'number' ? `i${call.index}` : named ? `n${calls.size}` : lastKey || 'n0'
      lastKey = key
      if (named) fn.name = 'shell'
      if (typeof fn.arguments === 'string') {
        const list = calls.get(key) ?? []
        list.push({ holder: fn, recorded: fn.arguments })
        calls.set(key, list)
      }
    }
    return line
  })
  for (const fragments of calls.values()) replaceFragments(fragments)
  let position = 0
  return sse.replace(/^data: (\{.*\})$/gm, (line) => {
    const payload = payloads[position++]
    return payload ? `data: ${JSON.stringify(payload)}` : line
  })
}

function replaceFragments(fragments: Fragment[]): void {
  // vLLM's final flush may repeat the whole arguments (#42167); the fragments before it can then
  // lack the closing characters that only the repeat carries.
  let sofar = ''
  let repeat: Fragment | undefined
  for (const fragment of fragments) {
    if (sofar !== '' && isJsonText(fragment.recorded) && fragment.recorded.startsWith(sofar))
      repeat = fragment
    else sofar += fragment.recorded
  }
  const missing = repeat ? repeat.recorded.length - sofar.length : 0
  const parts = fragments.filter((f) => f.recorded !== '' && f !== repeat)
  const pieces = cut(TASK_ARGUMENTS.slice(0, TASK_ARGUMENTS.length - missing), parts.length)
  parts.forEach((fragment, i) => (fragment.holder.arguments = pieces[i]))
  if (repeat) repeat.holder.arguments = TASK_ARGUMENTS
}

function isJsonText(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/** Responses API: function_call items renamed, argument deltas cut, whole arguments replaced. */
export function adaptResponsesToolCalls(sse: string): string {
  const deltas = new Map<string, Json[]>()
  sse.replace(/^data: (\{.*\})$/gm, (line, json: string) => {
    const event = JSON.parse(json) as Json
    if (event.type === 'response.function_call_arguments.delta' && event.delta !== '') {
      const id = String(event.item_id)
      deltas.set(id, [...(deltas.get(id) ?? []), event])
    }
    return line
  })
  const pieceOf = new Map<string, string>()
  for (const [id, events] of deltas) {
    cut(TASK_ARGUMENTS, events.length).forEach((piece, i) => pieceOf.set(`${id}#${i}`, piece))
  }
  const seen = new Map<string, number>()
  return rewriteSse(sse, (event) => {
    if (event.type === 'response.function_call_arguments.delta') {
      if (event.delta === '') return false
      const id = String(event.item_id)
      const n = seen.get(id) ?? 0
      seen.set(id, n + 1)
      event.delta = pieceOf.get(`${id}#${n}`)
      return true
    }
    if (event.type === 'response.function_call_arguments.done') {
      event.arguments = TASK_ARGUMENTS
      return true
    }
    const items = [event.item, ...(isObject(event.response) ? asList(event.response.output) : [])]
    let changed = false
    for (const item of items) {
      if (!isObject(item) || item.type !== 'function_call') continue
      item.name = 'shell'
      if (item.arguments !== '') item.arguments = TASK_ARGUMENTS
      changed = true
    }
    return changed
  })
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}
