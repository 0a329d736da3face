// The Chat Completions wire API (`wire_api = "chat"`), which GLM, DeepSeek, Qwen, ModelScope,
// Ollama and vLLM speak: our Items to `messages`, and streamed chunks or a whole JSON completion
// back to Items. Plain JSON in and out; openai.ts does the HTTP.
import { randomUUID } from 'node:crypto'
import { ProviderFailure, StreamInterrupted } from './failures.js'
import { asArray, asCode, asObject, asString, usageFrom } from './json.js'
import type { JsonObject } from './json.js'
import type { TurnOutput } from './responses-wire.js'
import type { Item, ModelRequest, Usage } from './types.js'
import { ZERO_USAGE } from './types.js'

interface ChatToolCall {
  id: string
  type: 'function'
  function: { name: string; arguments: string }
}

interface AssistantMessage {
  role: 'assistant'
  content: string | null
  tool_calls?: ChatToolCall[]
  reasoning_content?: string
}

export function buildChatBody(model: string, request: ModelRequest): JsonObject {
  const body: JsonObject = { model, messages: toChatMessages(request.instructions, request.input) }
  // An empty `tools` array is refused by several providers, so it is left out instead.
  if (request.tools.length > 0) {
    body.tools = request.tools.map((tool) => ({
      type: 'function',
      function: { name: tool.name, description: tool.description, parameters: tool.parameters },
    }))
  }
  body.stream = true
  body.stream_options = { include_usage: true }
  return body
}

export function toChatMessages(instructions: string, items: readonly Item[]): JsonObject[] {
  const messages: JsonObject[] = []
  if (instructions !== '') messages.push({ role: 'system', content: instructions })
  // Chat wants an assistant turn's text and its tool calls in one message; Items keep them apart.
  let assistant: AssistantMessage | undefined
  let reasoning = ''
  const flush = (): void => {
    if (assistant) messages.push(withReasoning(assistant, reasoning))
    assistant = undefined
    reasoning = ''
  }
  for (const item of items) {
    switch (item.type) {
      case 'message':
        if (item.role !== 'assistant' || assistant) flush()
        if (item.role === 'assistant') assistant = { role: 'assistant', content: item.content }
        // Chat has no developer role; most servers (and their chat templates) know only system.
        else if (item.images?.length && item.role === 'user')
          messages.push({ role: 'user', content: chatParts(item) })
        else messages.push({ role: item.role === 'developer' ? 'system' : 'user', content: item.content })
        break
      case 'function_call': {
        assistant ??= { role: 'assistant', content: null }
        const call: ChatToolCall = {
          id: item.callId,
          type: 'function',
          function: { name: item.name, arguments: item.arguments },
        }
        assistant.tool_calls = [...(assistant.tool_calls ?? []), call]
        break
      }
      case 'custom_tool_call': {
        // Only `responses` produces these; kept readable if a history ever crosses wire APIs.
        assistant ??= { role: 'assistant', content: null }
        const args = JSON.stringify({ input: item.input })
        const call: ChatToolCall = {
          id: item.callId,
          type: 'function',
          function: { name: item.name, arguments: args },
        }
        assistant.tool_calls = [...(assistant.tool_calls ?? []), call]
        break
      }
      case 'function_call_output':
      case 'custom_tool_call_output':
        flush()
        messages.push({ role: 'tool', tool_call_id: item.callId, content: item.output })
        break
      case 'reasoning':
        if (assistant) flush()
        reasoning += item.text ?? ''
        break
    }
  }
  flush()
  return messages
}

/**
 * DeepSeek's thinking mode (V3.2, V4) answers HTTP 400 "Missing `reasoning_content` field" unless an
 * assistant message with tool calls carries the reasoning that led to them, and GLM (4.5+, preserved
 * thinking) and Qwen thinking models read it there too. Only those messages get it (on a plain
 * answer it is useless, and older DeepSeek servers refused it anywhere in the input), and only
 * reasoning that arrived as `reasoning_content`: Groq and Cerebras, which stream `reasoning`, answer
 * 400 "property 'reasoning_content' is unsupported".
 */
function withReasoning(assistant: AssistantMessage, reasoning: string): JsonObject {
  if (!assistant.tool_calls || reasoning === '') return { ...assistant }
  return { ...assistant, reasoning_content: reasoning }
}

interface PartialCall {
  id: string
  name: string
  arguments: string
}

/** Accumulates chunks; `finish()` throws when no chunk carried a finish_reason. */
export class ChatStreamReader {
  private text = ''
  private reasoning = ''
  /** The part of the reasoning that came as `reasoning_content`, which goes back the same way. */
  private echoable = ''
  private readonly calls = new Map<number, PartialCall>()
  private usage: Usage = ZERO_USAGE
  private finishReason: string | undefined
  private lastIndex: number | undefined
  private chunks = 0

  constructor(private readonly onTextDelta?: ((delta: string) => void) | undefined) {}

  push(value: unknown): void {
    const chunk = asObject(value)
    if (!chunk) return
    this.chunks++
    if (asObject(chunk.usage)) this.usage = usageFrom(chunk.usage)
    const choice = asObject(asArray(chunk.choices)[0])
    if (!choice) return
    const delta = asObject(choice.delta) ?? {}
    const content = asString(delta.content)
    if (content) {
      this.text += content
      this.onTextDelta?.(content)
    }
    this.reasoning += reasoningText(delta)
    this.echoable += asString(delta.reasoning_content) ?? ''
    for (const fragment of asArray(delta.tool_calls)) this.addCallFragment(asObject(fragment))
    // OpenRouter repeats the finish chunk; the first reason stands.
    this.finishReason ??= asString(choice.finish_reason) || undefined
  }

  finish(): TurnOutput {
    if (this.finishReason === undefined) {
      throw new StreamInterrupted('incomplete', `no chunk with a finish_reason after ${this.chunks} chunks`)
    }
    const calls = [...this.calls.entries()].sort(([a], [b]) => a - b).map(([, call]) => call)
    return {
      items: assembleItems({ shown: this.reasoning, echoable: this.echoable }, this.text, calls),
      usage: this.usage,
      truncated: this.finishReason === 'length',
    }
  }

  // id and name arrive once, with the first fragment of a call; arguments arrive in pieces. The
  // `index` says which call a fragment extends, even when a server sends a new id with every
  // fragment (GLM-4's own server). Without an index (Ollama before 0.5), a new id or name starts a
  // call and anything else extends the last one.
  private addCallFragment(fragment: JsonObject | undefined): void {
    if (!fragment) return
    const id = asString(fragment.id)
    const fn = asObject(fragment.function) ?? {}
    const name = asString(fn.name)
    const index = typeof fragment.index === 'number' ? fragment.index : this.indexWithout(id, name)
    this.lastIndex = index
    const call = this.calls.get(index) ?? { id: '', name: '', arguments: '' }
    this.calls.set(index, call)
    if (id && !call.id) call.id = id
    if (name && !call.name) call.name = name
    const args = fn.arguments
    const text = typeof args === 'string' ? args : asObject(args) ? JSON.stringify(args) : ''
    call.arguments = appendArguments(call.arguments, text)
  }

  private indexWithout(id: string | undefined, name: string | undefined): number {
    const byId = [...this.calls.entries()].find(([, call]) => id && call.id === id)?.[0]
    if (byId !== undefined) return byId
    if (id || name || this.lastIndex === undefined) return this.calls.size
    return this.lastIndex
  }
}

/**
 * vLLM's final flush can repeat a call's complete arguments after they were already streamed
 * (GLM-5.1 with MTP, vllm#42167), which would make `{…}{…}`. A fragment that is itself complete
 * JSON and starts with everything received so far is such a repeat: it replaces, not extends.
 */
export function appendArguments(sofar: string, fragment: string): string {
  const repeat = sofar !== '' && fragment.startsWith(sofar) && isJson(fragment) && !isJson(sofar + fragment)
  return repeat ? fragment : sofar + fragment
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/** A whole chat.completion JSON body, as answered by servers that ignore `stream: true`. */
export function parseChatJson(value: unknown, onTextDelta?: (delta: string) => void): TurnOutput {
  const completion = asObject(value)
  const error = asObject(completion?.error)
  if (error) {
    throw new ProviderFailure({ message: asString(error.message) ?? 'error', code: asCode(error.code) })
  }
  const message = asObject(asObject(asArray(completion?.choices)[0])?.message)
  if (!message) throw new StreamInterrupted('incomplete', 'the JSON answer has no choices[0].message')
  const text = contentText(message.content)
  if (text) onTextDelta?.(text)
  const calls = asArray(message.tool_calls).map((value): PartialCall => {
    const call = asObject(value)
    const fn = asObject(call?.function) ?? {}
    const args = fn.arguments
    return {
      id: asString(call?.id) ?? '',
      name: asString(fn.name) ?? '',
      arguments: typeof args === 'string' ? args : args === undefined ? '' : JSON.stringify(args),
    }
  })
  const truncated = asString(asObject(asArray(completion?.choices)[0])?.finish_reason) === 'length'
  return {
    items: assembleItems(
      { shown: reasoningText(message), echoable: asString(message.reasoning_content) ?? '' },
      text,
      calls,
    ),
    usage: usageFrom(completion?.usage),
    truncated,
  }
}

function assembleItems(
  reasoning: { shown: string; echoable: string },
  text: string,
  calls: PartialCall[],
): Item[] {
  const items: Item[] = []
  if (reasoning.shown) {
    const item: Extract<Item, { type: 'reasoning' }> = { type: 'reasoning', summary: reasoning.shown }
    if (reasoning.echoable) item.text = reasoning.echoable
    items.push(item)
  }
  if (text) items.push({ type: 'message', role: 'assistant', content: text })
  for (const call of calls) {
    // Some servers omit the id; the next request must still pair the output with its call.
    const callId = call.id || `call_${randomUUID().replaceAll('-', '').slice(0, 24)}`
    items.push({ type: 'function_call', callId, name: call.name, arguments: call.arguments })
  }
  return items
}

// DeepSeek, GLM and Qwen send `reasoning_content`; OpenRouter and some vLLM builds send `reasoning`.
function reasoningText(delta: JsonObject): string {
  const direct = asString(delta.reasoning_content) ?? asString(delta.reasoning)
  if (direct !== undefined) return direct
  const nested = asObject(delta.reasoning)
  return asString(nested?.text) ?? asString(nested?.content) ?? ''
}

function contentText(content: unknown): string {
  if (typeof content === 'string') return content
  return asArray(content)
    .map((part) => asString(asObject(part)?.text) ?? '')
    .join('')
}

/** A user message with images: a text part, then one `image_url` part (a data URL) per image. */
function chatParts(item: Extract<Item, { type: 'message' }>): JsonObject[] {
  const images = (item.images ?? []).map((url) => ({ type: 'image_url', image_url: { url } }))
  return [{ type: 'text', text: item.content }, ...images]
}
