// Runs one tool call from the model — a function call or a free-form (custom) call. Whatever goes
// wrong — unknown tool, bad arguments, a tool that throws — becomes text for the model, answered in
// the shape of the call (`function_call_output` / `custom_tool_call_output`), so a mistake costs a
// turn, not the run, and no call is ever left without an answer.
import type { Item } from '../model/types.js'
import type { ToolRegistry } from '../tools/registry.js'
import type { ParseResult, Tool, ToolContext, ToolResult } from '../tools/types.js'
import type { AgentEventItem } from '../protocol/events.js'
import { capOutput } from './truncate.js'
import { errorMessage } from '../common/errors.js'

export type FunctionCall = Extract<Item, { type: 'function_call' }>
export type CustomToolCall = Extract<Item, { type: 'custom_tool_call' }>
export type ToolCall = FunctionCall | CustomToolCall

export interface CallOutcome {
  output: Item
  result: ToolResult
}

export function isToolCall(item: Item): item is ToolCall {
  return item.type === 'function_call' || item.type === 'custom_tool_call'
}

/** The answer item for a call, in the shape the call came in. */
export function answerTo(call: ToolCall, output: string): Item {
  const type = call.type === 'custom_tool_call' ? 'custom_tool_call_output' : 'function_call_output'
  return { type, callId: call.callId, output }
}

export async function runToolCall(
  call: ToolCall,
  registry: ToolRegistry,
  context: ToolContext,
): Promise<CallOutcome> {
  const result = await resultOf(call, registry, context)
  const output = result.budgeted === true ? result.output : capOutput(result.output)
  return { output: answerTo(call, output), result }
}

function displayName(call: ToolCall): string {
  return call.type === 'function_call' && call.namespace ? `${call.namespace}.${call.name}` : call.name
}

async function resultOf(call: ToolCall, registry: ToolRegistry, context: ToolContext): Promise<ToolResult> {
  const name = displayName(call)
  const tool = registry.get(call.name, call.type === 'function_call' ? call.namespace : undefined)
  if (tool === undefined) {
    return {
      output: `Unknown tool "${name}". Available tools: ${registry.names.join(', ')}.`,
      error: 'unknown-tool',
      item: errorItem(context.itemId, `model called unknown tool ${name}`),
    }
  }
  const parsed =
    call.type === 'custom_tool_call' ? parseFreeform(tool, call.input) : tool.parse(call.arguments)
  if (!parsed.ok) {
    return { output: parsed.error, error: 'invalid-arguments', item: errorItem(context.itemId, parsed.error) }
  }
  try {
    return await tool.run(parsed.args, context)
  } catch (error) {
    if (context.signal.aborted) throw error
    const message = errorMessage(error)
    return {
      output: `${name} failed: ${message}`,
      error: 'internal-error',
      item: errorItem(context.itemId, `${name} failed: ${message}`),
    }
  }
}

/** A free-form call to a tool that takes JSON: its text must then be the JSON arguments. */
function parseFreeform(tool: Tool, input: string): ParseResult<unknown> {
  if (tool.parseFreeform) return tool.parseFreeform(input)
  const parsed = tool.parse(input)
  if (parsed.ok) return parsed
  return {
    ok: false,
    error: `${tool.spec.name} is a function tool: call it with JSON arguments, not free-form text. ${parsed.error}`,
  }
}

function errorItem(id: string, message: string): AgentEventItem {
  return { id, type: 'error', message }
}
