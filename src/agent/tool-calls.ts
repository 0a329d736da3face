// Runs one function call from the model. Whatever goes wrong — unknown tool, bad arguments, a
// tool that throws — becomes text for the model, so a mistake costs a turn, not the run.
import type { Item } from '../model/types.js'
import type { ToolRegistry } from '../tools/registry.js'
import type { ToolContext, ToolResult } from '../tools/types.js'
import type { AgentEventItem } from './events.js'
import { capOutput } from './truncate.js'

export type FunctionCall = Extract<Item, { type: 'function_call' }>

export interface CallOutcome {
  output: Item
  result: ToolResult
}

export async function runToolCall(
  call: FunctionCall,
  registry: ToolRegistry,
  context: ToolContext,
): Promise<CallOutcome> {
  const result = await resultOf(call, registry, context)
  return {
    output: { type: 'function_call_output', callId: call.callId, output: capOutput(result.output) },
    result,
  }
}

async function resultOf(
  call: FunctionCall,
  registry: ToolRegistry,
  context: ToolContext,
): Promise<ToolResult> {
  const tool = registry.get(call.name)
  if (tool === undefined) {
    return {
      output: `Unknown tool "${call.name}". Available tools: ${registry.names.join(', ')}.`,
      success: false,
      item: errorItem(context.itemId, `model called unknown tool ${call.name}`),
    }
  }
  const parsed = tool.parse(call.arguments)
  if (!parsed.ok) {
    return { output: parsed.error, success: false, item: errorItem(context.itemId, parsed.error) }
  }
  try {
    return await tool.run(parsed.args, context)
  } catch (error) {
    if (context.signal.aborted) throw error
    const message = error instanceof Error ? error.message : String(error)
    return {
      output: `${call.name} failed: ${message}`,
      success: false,
      item: errorItem(context.itemId, `${call.name} failed: ${message}`),
    }
  }
}

function errorItem(id: string, message: string): AgentEventItem {
  return { id, type: 'error', message }
}
