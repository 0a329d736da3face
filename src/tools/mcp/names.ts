// Model-facing names of MCP tools: `mcp__<server>__<tool>`, reduced to what every wire API accepts
// (`^[a-zA-Z0-9_-]{1,64}$`). Deterministic, so the tool list stays a stable prefix across runs, and
// collision-safe: a name that is too long or already taken ends in a hash of the original pair.
import { createHash } from 'node:crypto'

export const MAX_TOOL_NAME_LENGTH = 64
const HASH_LENGTH = 12
const SEPARATOR = '__'

export interface ServerTool {
  server: string
  tool: string
}

function sanitize(text: string): string {
  return text.replace(/[^a-zA-Z0-9_-]/g, '_')
}

function hashOf(pair: ServerTool, attempt: number): string {
  // NUL cannot appear in either part, so distinct pairs never hash the same input.
  const input = `${pair.server}\0${pair.tool}\0${attempt}`
  return createHash('sha1').update(input).digest('hex').slice(0, HASH_LENGTH)
}

function withHash(name: string, pair: ServerTool, attempt = 0): string {
  return `${name.slice(0, MAX_TOOL_NAME_LENGTH - HASH_LENGTH - 1)}_${hashOf(pair, attempt)}`
}

/** The name one tool gets when nothing else competes for it. */
export function qualifiedToolName(pair: ServerTool): string {
  const name = sanitize(`mcp${SEPARATOR}${pair.server}${SEPARATOR}${pair.tool}`)
  return name.length <= MAX_TOOL_NAME_LENGTH ? name : withHash(name, pair)
}

/**
 * Names for a set of tools, keyed by `keyOf`; `taken` holds names already in use (built-in tools).
 * Pairs are taken in sorted order, so which of two colliding tools keeps the plain name does not
 * depend on the order the servers answered in.
 */
export function assignToolNames(
  pairs: readonly ServerTool[],
  taken: Iterable<string> = [],
): Map<string, string> {
  const used = new Set(taken)
  const names = new Map<string, string>()
  const sorted = [...pairs].sort((a, b) => compare(a.server, b.server) || compare(a.tool, b.tool))
  for (const pair of sorted) {
    const key = keyOf(pair)
    if (names.has(key)) continue // the very same server and tool twice: keep the first
    let name = qualifiedToolName(pair)
    for (let attempt = 1; used.has(name); attempt++) name = withHash(name, pair, attempt)
    used.add(name)
    names.set(key, name)
  }
  return names
}

export function keyOf(pair: ServerTool): string {
  return `${pair.server}\0${pair.tool}`
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
