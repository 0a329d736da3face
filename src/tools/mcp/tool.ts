// One MCP server tool as a model-facing Tool: the server's JSON schema under a sanitised name; the
// result as text (text parts, structured content as JSON, media noted); failures as text too.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js'
import type { AgentEventItem } from '../../protocol/events.js'
import { parseJsonObject } from '../args.js'
import type { Tool, ToolContext, ToolErrorKind } from '../types.js'
import type { McpConnection, McpToolInfo } from './connect.js'
import { describeCallError, isConnectionClosed, isTimeout } from './errors.js'

export interface McpToolOptions {
  /** The model-facing name, from names.ts. */
  name: string
  connection: McpConnection
  info: McpToolInfo
  toolTimeoutSec: number
}

type ContentPart = CallToolResult['content'][number]

export function createMcpTool(options: McpToolOptions): Tool<Record<string, unknown>> {
  const { name, connection, info } = options
  const server = connection.server
  return {
    spec: {
      name,
      description: info.description ?? info.title ?? `Tool ${info.name} of the MCP server ${server}.`,
      parameters: parametersOf(info.inputSchema),
    },
    parse: (rawArguments) => parseJsonObject(rawArguments, name, '{}'),
    async run(args, context) {
      // Codex's item: the arguments, then the server's result or the error that took its place.
      const item = (done?: CallOutcome): AgentEventItem => ({
        id: context.itemId,
        type: 'mcp_tool_call',
        server,
        tool: info.name,
        arguments: args,
        result: done?.raw
          ? { content: done.raw.content, structured_content: done.raw.structuredContent ?? null }
          : null,
        error: done && !done.raw ? { message: done.output } : null,
        status: done === undefined ? 'in_progress' : done.error === undefined ? 'completed' : 'failed',
      })
      context.emit({ phase: 'started', item: item() })
      const outcome = await call(options, args, context)
      return { output: outcome.output, error: outcome.error, item: item(outcome) }
    },
  }
}

/** What the model is told, and the server's own result when it answered (even with isError). */
interface CallOutcome {
  output: string
  error: ToolErrorKind | undefined
  raw?: CallToolResult | undefined
}

async function call(
  options: McpToolOptions,
  args: Record<string, unknown>,
  context: ToolContext,
): Promise<CallOutcome> {
  const { connection, info, toolTimeoutSec } = options
  const server = connection.server
  if (connection.failure !== undefined) {
    return {
      output: `The MCP server ${server} is not running (${connection.failure}).`,
      error: 'unavailable',
    }
  }
  try {
    const result = await connection.callTool(info.name, args, {
      timeoutMs: toolTimeoutSec * 1000,
      signal: context.signal,
    })
    return {
      output: resultText(result),
      error: result.isError === true ? 'failed' : undefined,
      raw: result,
    }
  } catch (error) {
    if (context.signal.aborted) throw error
    if (isTimeout(error)) {
      const output = `${info.name} on the MCP server ${server} timed out after ${toolTimeoutSec} s (tool_timeout_sec); the call was cancelled.`
      return { output, error: 'timeout' }
    }
    if (isConnectionClosed(error) || connection.failure !== undefined) {
      await connection.drained()
      const why = connection.failure ?? 'the connection closed'
      const output = `The MCP server ${server} stopped during the call to ${info.name} (${why}). Its tools are unavailable for the rest of the run.`
      return { output, error: 'unavailable' }
    }
    return {
      output: `${info.name} on the MCP server ${server} failed: ${describeCallError(error)}`,
      error: 'failed',
    }
  }
}

/** Function parameters must be an object schema with `properties` for every wire API. */
function parametersOf(inputSchema: McpToolInfo['inputSchema']): Record<string, unknown> {
  const schema: Record<string, unknown> = { ...inputSchema, type: 'object' }
  if (schema.properties === undefined) schema.properties = {}
  return schema
}

export function resultText(result: CallToolResult): string {
  const texts = result.content.map(partText)
  const structured = result.structuredContent
  // Servers SHOULD also send structured content as a text part; it is shown once, not twice.
  if (structured !== undefined && !texts.some((text) => sameJson(text, structured))) {
    texts.push(JSON.stringify(structured))
  }
  const output = texts.filter((text) => text !== '').join('\n')
  if (output !== '') return result.isError === true ? `Error: ${output}` : output
  return result.isError === true ? 'Error (the tool gave no details)' : '(no output)'
}

function partText(part: ContentPart): string {
  switch (part.type) {
    case 'text':
      return part.text
    case 'image':
    case 'audio':
      return `[${part.type}: ${part.mimeType}, ${base64Bytes(part.data)} bytes]`
    case 'resource_link':
      return `[resource: ${part.uri}${part.name ? ` (${part.name})` : ''}]`
    case 'resource': {
      const resource = part.resource
      if ('text' in resource && typeof resource.text === 'string') return resource.text
      const blob = 'blob' in resource && typeof resource.blob === 'string' ? resource.blob : ''
      return `[resource: ${resource.uri}, ${resource.mimeType ?? 'binary'}, ${base64Bytes(blob)} bytes]`
    }
    default:
      return ''
  }
}

function base64Bytes(data: string): number {
  return Buffer.byteLength(data, 'base64')
}

function sameJson(text: string, value: unknown): boolean {
  try {
    return JSON.stringify(JSON.parse(text)) === JSON.stringify(value)
  } catch {
    return false
  }
}
