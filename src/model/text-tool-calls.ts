// Tool calls a model wrote into its text instead of `tool_calls`. A server whose tool-call parser
// does not match the model (Qwen3-Coder on vLLM with `--tool-call-parser hermes`, vllm#21571), or a
// model that slips (GLM and others writing the call as JSON), leaves the call in `content` with no
// structured call, and the turn would look like a final answer. Only well-formed calls to a tool
// the request offered are recovered; anything else stays text for the loop to judge.
import { randomUUID } from 'node:crypto'
import { asObject, asString } from './json.js'
import type { JsonObject } from './json.js'
import type { Item, ToolSpec } from './types.js'

interface TextCall {
  name: string
  arguments: JsonObject
}

const TOOL_CALL_BLOCK = /<tool_call>([\s\S]*?)(?:<\/tool_call>|$)/g

/** The items with calls written as text turned into function_call items, when there were none. */
export function recoverTextToolCalls(items: Item[], tools: readonly ToolSpec[]): Item[] {
  if (tools.length === 0 || items.some((item) => item.type === 'function_call')) return items
  const index = items.findIndex((item) => item.type === 'message' && item.role === 'assistant')
  const message = items[index]
  if (message?.type !== 'message') return items
  const found = callsInText(message.content, tools)
  if (!found) return items
  const recovered: Item[] = found.calls.map((call) => ({
    type: 'function_call',
    callId: `call_${randomUUID().replaceAll('-', '').slice(0, 24)}`,
    name: call.name,
    arguments: JSON.stringify(call.arguments),
  }))
  const rest = found.rest.trim()
  const before = items.slice(0, index)
  const after = items.slice(index + 1)
  const kept: Item[] = rest === '' ? [] : [{ ...message, content: rest }]
  return [...before, ...kept, ...after, ...recovered]
}

function callsInText(
  text: string,
  tools: readonly ToolSpec[],
): { calls: TextCall[]; rest: string } | undefined {
  if (text.includes('<tool_call>')) {
    const calls: TextCall[] = []
    for (const match of text.matchAll(TOOL_CALL_BLOCK)) {
      const call = parseBlock(match[1] ?? '', tools)
      if (!call) return undefined // one unreadable call: recover none, so nothing runs half-way
      calls.push(call)
    }
    return calls.length > 0 ? { calls, rest: text.replace(TOOL_CALL_BLOCK, '') } : undefined
  }
  // The whole answer is one JSON call, bare or in a ```json fence.
  const body = /^\s*(?:```(?:json)?\s*)?(\{[\s\S]*\})\s*(?:```)?\s*$/.exec(text)?.[1]
  const call = body === undefined ? undefined : jsonCall(body, tools)
  return call ? { calls: [call], rest: '' } : undefined
}

function parseBlock(block: string, tools: readonly ToolSpec[]): TextCall | undefined {
  const trimmed = block.trim()
  if (trimmed.startsWith('{')) return jsonCall(trimmed, tools)
  if (trimmed.startsWith('<function=')) return qwenXmlCall(trimmed, tools)
  return glmArgCall(trimmed, tools)
}

/** Hermes / Qwen2.5 / Llama: `{"name": …, "arguments" | "parameters": {…}}`. */
function jsonCall(text: string, tools: readonly ToolSpec[]): TextCall | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return undefined
  }
  const object = asObject(parsed)
  const name = asString(object?.name)
  const rawArgs = object?.arguments ?? object?.parameters
  const args = typeof rawArgs === 'string' ? parseObject(rawArgs) : asObject(rawArgs)
  if (!name || !args || !toolNamed(name, tools)) return undefined
  return { name, arguments: args }
}

/** Qwen3-Coder: `<function=NAME><parameter=KEY>VALUE</parameter>…</function>`; closings may be missing. */
function qwenXmlCall(text: string, tools: readonly ToolSpec[]): TextCall | undefined {
  const name = /^<function=([^>\s]+)>/.exec(text)?.[1]
  const tool = name === undefined ? undefined : toolNamed(name, tools)
  if (!name || !tool) return undefined
  const args: JsonObject = {}
  const parameter = /<parameter=([^>\s]+)>([\s\S]*?)(?=<\/parameter>|<parameter=|<\/function>|$)/g
  for (const match of text.matchAll(parameter)) {
    const key = match[1]!
    args[key] = typedValue(tool, key, match[2] ?? '')
  }
  return { name, arguments: args }
}

/** GLM-4.5 and later: `NAME\n<arg_key>KEY</arg_key>\n<arg_value>VALUE</arg_value>…`. */
function glmArgCall(text: string, tools: readonly ToolSpec[]): TextCall | undefined {
  const name = /^([\w.-]+)/.exec(text)?.[1]
  const tool = name === undefined ? undefined : toolNamed(name, tools)
  if (!name || !tool || !text.includes('<arg_key>')) return undefined
  const args: JsonObject = {}
  const pair = /<arg_key>([\s\S]*?)<\/arg_key>\s*<arg_value>([\s\S]*?)<\/arg_value>/g
  for (const match of text.matchAll(pair)) {
    const key = (match[1] ?? '').trim()
    args[key] = typedValue(tool, key, match[2] ?? '')
  }
  return { name, arguments: args }
}

/** A parameter's text as the schema wants it: strings stay text, anything else is read as JSON. */
function typedValue(tool: ToolSpec, key: string, raw: string): unknown {
  const value = raw.replace(/^\n/, '').replace(/\n+$/, '')
  const properties = asObject(tool.parameters.properties)
  if (asString(asObject(properties?.[key])?.type) === 'string') return value
  try {
    return JSON.parse(value) as unknown
  } catch {
    return value
  }
}

function parseObject(text: string): JsonObject | undefined {
  try {
    return asObject(JSON.parse(text))
  } catch {
    return undefined
  }
}

function toolNamed(name: string, tools: readonly ToolSpec[]): ToolSpec | undefined {
  return tools.find((tool) => tool.name === name)
}
