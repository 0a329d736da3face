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
  const flush = (): void => {
    if (assistant) messages.push({ ...assistant })
    assistant = undefined
  }
  for (const item of items) {
    switch (item.type) {
      case 'message':
        flush()
        if (item.role === 'assistant') assistant = { role: 'assistant', content: item.content }
        // Chat has no developer role; most servers (and their chat templates) know only system.
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
        // Never sent back: DeepSeek refuses reasoning_content in the input, the others ignore it.
        break
    }
  }
  flush()
  return messages
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
  private readonly calls = new Map<number, PartialCall>()
  private usage: Usage = ZERO_USAGE
  private finished = false
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
    for (const fragment of asArray(delta.tool_calls)) this.addCallFragment(asObject(fragment))
    if (asString(choice.finish_reason)) this.finished = true
  }

  finish(): TurnOutput {
    if (!this.finished) {
      throw new StreamInterrupted('incomplete', `no chunk with a finish_reason after ${this.chunks} chunks`)
    }
    const calls = [...this.calls.entries()].sort(([a], [b]) => a - b).map(([, call]) => call)
    return { items: assembleItems(this.reasoning, this.text, calls), usage: this.usage }
  }

  // id and name arrive once, with the first fragment of a call; arguments arrive in pieces.
  private addCallFragment(fragment: JsonObject | undefined): void {
    if (!fragment) return
    const id = asString(fragment.id)
    const index =
      typeof fragment.index === 'number'
        ? fragment.index
        : ([...this.calls.entries()].find(([, call]) => id && call.id === id)?.[0] ?? this.calls.size)
    const call = this.calls.get(index) ?? { id: '', name: '', arguments: '' }
    this.calls.set(index, call)
    const fn = asObject(fragment.function) ?? {}
    if (id && !call.id) call.id = id
    const name = asString(fn.name)
    if (name && !call.name) call.name = name
    const args = fn.arguments
    if (typeof args === 'string') call.arguments += args
    else if (asObject(args)) call.arguments += JSON.stringify(args)
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
  return { items: assembleItems(reasoningText(message), text, calls), usage: usageFrom(completion?.usage) }
}

function assembleItems(reasoning: string, text: string, calls: PartialCall[]): Item[] {
  const items: Item[] = []
  if (reasoning) items.push({ type: 'reasoning', summary: reasoning })
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
