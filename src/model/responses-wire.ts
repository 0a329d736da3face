// The Responses wire API (`wire_api = "responses"`): our Items to its request body, and its stream
// events or whole JSON response back to Items. Plain JSON in and out; openai.ts does the HTTP.
import { ProviderFailure, StreamInterrupted } from './failures.js'
import { asArray, asCode, asObject, asString, usageFrom } from './json.js'
import type { JsonObject } from './json.js'
import type { Item, ModelRequest, Usage } from './types.js'
import { ZERO_USAGE } from './types.js'

export interface TurnOutput {
  items: Item[]
  usage: Usage
  /** The answer stopped at the output token limit (chat `finish_reason: "length"`). */
  truncated?: boolean | undefined
}

export function buildResponsesBody(model: string, request: ModelRequest): JsonObject {
  const body: JsonObject = {
    model,
    instructions: request.instructions,
    input: toResponsesInput(request.input),
  }
  if (request.tools.length > 0) {
    body.tools = request.tools.map(toolJson)
    body.tool_choice = 'auto'
    body.parallel_tool_calls = request.parallelToolCalls === true
  }
  // Nothing is stored server-side, so the full history goes with every request.
  body.store = false
  body.stream = true
  if (request.reasoningEffort !== undefined || request.reasoning === true) {
    const reasoning: JsonObject = {}
    if (request.reasoningEffort) reasoning.effort = request.reasoningEffort
    const summary = request.reasoningSummary ?? 'auto'
    if (summary !== 'none') reasoning.summary = summary
    body.reasoning = reasoning
    // The encrypted reasoning comes back with the answer and is replayed on the next turns.
    body.include = ['reasoning.encrypted_content']
  }
  if (request.verbosity || request.outputSchema) {
    // As Codex sends `--output-schema`: a strict json_schema format named codex_output_schema.
    body.text = {
      ...(request.verbosity ? { verbosity: request.verbosity } : {}),
      ...(request.outputSchema
        ? {
            format: {
              type: 'json_schema',
              name: 'codex_output_schema',
              strict: true,
              schema: request.outputSchema,
            },
          }
        : {}),
    }
  }
  if (request.promptCacheKey) body.prompt_cache_key = request.promptCacheKey
  return body
}

/** A function tool, or Codex's free-form (custom, grammar) tool shape. */
function toolJson(tool: ModelRequest['tools'][number]): JsonObject {
  if (tool.freeform) {
    return {
      type: 'custom',
      name: tool.name,
      description: tool.description,
      format: { type: 'grammar', syntax: tool.freeform.syntax, definition: tool.freeform.definition },
    }
  }
  return {
    type: 'function',
    name: tool.name,
    description: tool.description,
    strict: false,
    parameters: tool.parameters,
  }
}

export function toResponsesInput(items: readonly Item[]): JsonObject[] {
  const input: JsonObject[] = []
  for (const item of items) {
    switch (item.type) {
      case 'message': {
        const partType = item.role === 'assistant' ? 'output_text' : 'input_text'
        // Images as Codex sends them: `input_image` parts after the text.
        const images = (item.images ?? []).map((url) => ({ type: 'input_image', image_url: url }))
        input.push({
          type: 'message',
          role: item.role,
          content: [{ type: partType, text: item.content }, ...images],
        })
        break
      }
      case 'function_call':
        input.push({
          type: 'function_call',
          call_id: item.callId,
          name: item.name,
          ...(item.namespace === undefined ? {} : { namespace: item.namespace }),
          arguments: item.arguments,
        })
        break
      case 'function_call_output':
      case 'custom_tool_call_output':
        input.push({ type: item.type, call_id: item.callId, output: item.output })
        break
      case 'custom_tool_call':
        input.push({ type: 'custom_tool_call', call_id: item.callId, name: item.name, input: item.input })
        break
      case 'reasoning': {
        // With store=false only the encrypted form, or the raw reasoning_text of servers that emit
        // it (LM Studio, DeepSeek), can be given back; a bare summary would be refused.
        const summary = item.summary ? [{ type: 'summary_text', text: item.summary }] : []
        if (item.encryptedContent) {
          input.push({ type: 'reasoning', summary, encrypted_content: item.encryptedContent })
        } else if (item.text) {
          input.push({
            type: 'reasoning',
            ...(item.id ? { id: item.id } : {}),
            summary: [],
            content: [{ type: 'reasoning_text', text: item.text }],
          })
        }
        break
      }
    }
  }
  return input
}

/** An output item of a response (stream `output_item.done` or JSON `output[]`) as our Item. */
export function itemFromOutput(value: unknown): Item | undefined {
  const output = asObject(value)
  switch (output?.type) {
    case 'message': {
      const text = asArray(output.content)
        .map((part) => asString(asObject(part)?.text) ?? asString(asObject(part)?.refusal) ?? '')
        .join('')
      return { type: 'message', role: 'assistant', content: text }
    }
    case 'function_call': {
      const call: Extract<Item, { type: 'function_call' }> = {
        type: 'function_call',
        callId: asString(output.call_id) ?? asString(output.id) ?? '',
        name: asString(output.name) ?? '',
        arguments: asString(output.arguments) ?? '',
      }
      const namespace = asString(output.namespace)
      if (namespace) call.namespace = namespace
      return call
    }
    case 'custom_tool_call':
      return {
        type: 'custom_tool_call',
        callId: asString(output.call_id) ?? asString(output.id) ?? '',
        name: asString(output.name) ?? '',
        input: asString(output.input) ?? '',
      }
    case 'reasoning': {
      const summary = partTexts(output.summary)
      const text = partTexts(output.content, 'reasoning_text')
      const item: Extract<Item, { type: 'reasoning' }> = { type: 'reasoning', summary: summary || text }
      const id = asString(output.id)
      const encrypted = asString(output.encrypted_content)
      if (id) item.id = id
      if (encrypted) item.encryptedContent = encrypted
      if (text) item.text = text
      return item
    }
    default:
      return undefined
  }
}

function partTexts(parts: unknown, type?: string): string {
  return asArray(parts)
    .map(asObject)
    .filter((part) => type === undefined || part?.type === type)
    .map((part) => asString(part?.text) ?? '')
    .filter((text) => text !== '')
    .join('\n\n')
}

/** Collects one streamed response; `finish()` throws when the completion event never came. */
export class ResponsesStreamReader {
  private readonly items: Item[] = []
  private usage: Usage = ZERO_USAGE
  private completed = false
  private events = 0

  constructor(private readonly onTextDelta?: ((delta: string) => void) | undefined) {}

  push(value: unknown): void {
    const event = asObject(value)
    if (!event) return
    this.events++
    switch (event.type) {
      case 'response.output_text.delta': {
        const delta = asString(event.delta)
        if (delta) this.onTextDelta?.(delta)
        break
      }
      case 'response.output_item.done': {
        const item = itemFromOutput(event.item)
        if (item) this.items.push(item)
        break
      }
      case 'response.completed':
        this.complete(asObject(event.response))
        break
      case 'response.failed':
        throw failureFromResponse(asObject(event.response))
      case 'response.incomplete':
        throw incompleteFailure(asObject(event.response))
      case 'error':
        throw new ProviderFailure({
          message: asString(event.message) ?? 'unknown error',
          code: asCode(event.code),
        })
    }
  }

  finish(): TurnOutput {
    if (!this.completed) {
      throw new StreamInterrupted('incomplete', `no response.completed event after ${this.events} events`)
    }
    return { items: this.items, usage: this.usage }
  }

  private complete(response: JsonObject | undefined): void {
    this.completed = true
    this.usage = usageFrom(response?.usage)
    // Servers that skip output_item.done events still list the output in the final response.
    if (this.items.length === 0) this.items.push(...itemsFromOutputList(response?.output))
  }
}

/** A whole Responses JSON body, as answered by servers that ignore `stream: true`. */
export function parseResponsesJson(value: unknown, onTextDelta?: (delta: string) => void): TurnOutput {
  const response = asObject(value)
  if (!response || !Array.isArray(response.output)) {
    throw new StreamInterrupted('incomplete', 'the JSON answer is not a Responses API response')
  }
  if (response.status === 'failed') throw failureFromResponse(response)
  if (response.status === 'incomplete') throw incompleteFailure(response)
  const items = itemsFromOutputList(response.output)
  for (const item of items) {
    if (item.type === 'message' && item.content) onTextDelta?.(item.content)
  }
  return { items, usage: usageFrom(response.usage) }
}

function itemsFromOutputList(output: unknown): Item[] {
  return asArray(output)
    .map(itemFromOutput)
    .filter((item): item is Item => item !== undefined)
}

function failureFromResponse(response: JsonObject | undefined): ProviderFailure {
  const error = asObject(response?.error)
  return new ProviderFailure({
    message: asString(error?.message) ?? 'the response failed without a message',
    code: asCode(error?.code),
  })
}

function incompleteFailure(response: JsonObject | undefined): ProviderFailure {
  const reason = asString(asObject(response?.incomplete_details)?.reason) ?? 'unknown'
  return new ProviderFailure({
    message: `the response stopped before it was complete (reason: ${reason})`,
    code: 'response_incomplete',
  })
}
