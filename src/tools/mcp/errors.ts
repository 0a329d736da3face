// Failures of MCP servers in words a user (start-up warnings) or the model (tool output) can act on,
// each on one line.
import { StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js'

const MAX_CAUSE_CHARS = 600

export function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > MAX_CAUSE_CHARS ? `${line.slice(0, MAX_CAUSE_CHARS)}…` : line
}

/** `fetch failed` says nothing; its cause (ECONNREFUSED 127.0.0.1:9) does. */
function messageOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  if (error instanceof StreamableHTTPError && error.code !== undefined) {
    return `HTTP ${error.code}: ${error.message.replace(/^Streamable HTTP error: /, '')}`
  }
  const cause: unknown = error.cause
  if (cause instanceof Error && cause.message !== '' && !error.message.includes(cause.message)) {
    return `${error.message}: ${cause.message}`
  }
  return error.message
}

export function isConnectionClosed(error: unknown): boolean {
  return error instanceof McpError && error.code === Number(ErrorCode.ConnectionClosed)
}

export function isTimeout(error: unknown): boolean {
  return error instanceof McpError && error.code === Number(ErrorCode.RequestTimeout)
}

/** Why a server did not start, given the last lines it wrote on stderr. */
export function startupFailure(error: unknown, tail: string): string {
  const withTail = (text: string) => oneLine(tail === '' ? text : `${text}; its last output: ${tail}`)
  if (isConnectionClosed(error)) return withTail('it exited during start-up')
  if (isTimeout(error)) return withTail('it did not answer in time')
  if (error instanceof SyntaxError)
    return withTail(`it answered with something other than JSON-RPC (${error.message})`)
  return withTail(messageOf(error))
}

/** What the model is told when a call fails for another reason than the tool's own `isError`. */
export function describeCallError(error: unknown): string {
  if (error instanceof McpError) return oneLine(error.message.replace(/^MCP error -?\d+: /, ''))
  return oneLine(messageOf(error))
}
