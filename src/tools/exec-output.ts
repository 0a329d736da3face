// What `exec_command` and `write_stdin` tell the model, in Codex's layout (the newer Codex models
// were trained to read it): a chunk id, the wall time, whether the process exited (and its code) or
// is still running as a session, the size of the output before any truncation, then the output.
import { randomBytes } from 'node:crypto'

export interface ExecOutputFacts {
  output: string
  wallMs: number
  /** Set while the command is still running. */
  sessionId?: number | undefined
  exitCode?: number | null | undefined
  timedOut?: boolean | undefined
  truncated?: boolean | undefined
  sandboxError?: string | undefined
}

/** Codex counts about four bytes a token. */
const BYTES_PER_TOKEN = 4
/** Codex's default output budget for these tools (`max_output_tokens`). */
export const DEFAULT_MAX_OUTPUT_TOKENS = 10_000

export function formatExecOutput(facts: ExecOutputFacts, maxOutputTokens?: number): string {
  if (facts.sandboxError !== undefined) return `The sandbox could not run the command: ${facts.sandboxError}`
  const lines = [
    `Chunk ID: ${randomBytes(3).toString('hex')}`,
    `Wall time: ${(facts.wallMs / 1000).toFixed(4)} seconds`,
  ]
  if (facts.sessionId !== undefined) lines.push(`Process running with session ID ${facts.sessionId}`)
  else lines.push(`Process exited with code ${facts.exitCode ?? (facts.timedOut ? 124 : 1)}`)
  if (facts.timedOut) lines.push('The command ran past the longest time a command may run and was killed.')
  if (facts.truncated)
    lines.push('Output exceeded the capture limit; the rest was discarded and the command stopped.')
  lines.push(`Original token count: ${tokensOf(facts.output)}`)
  lines.push('Output:', truncateTokens(facts.output, maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS))
  return lines.join('\n')
}

function tokensOf(text: string): number {
  return Math.ceil(Buffer.byteLength(text) / BYTES_PER_TOKEN)
}

/**
 * Codex's budget, byte for byte as codex 0.171 does it: over the budget, a warning with the token
 * and line counts, then the first and last half of the budget's bytes around a count of the tokens
 * left out. A failing test suite's summary at the end stays readable (the 256-line cap of `shell`
 * left 1.5 KB of `seq 1 100000`; this leaves 40 KB).
 */
export function truncateTokens(text: string, maxTokens: number): string {
  const budget = Math.max(1, Math.floor(maxTokens)) * BYTES_PER_TOKEN
  const bytes = Buffer.from(text)
  if (bytes.length <= budget) return text
  const total = tokensOf(text)
  const lineCount = text.split('\n').length - (text.endsWith('\n') ? 1 : 0)
  const half = Math.floor(budget / 2)
  // A cut through a multi-byte character decodes to U+FFFD; drop it rather than send garbage.
  const head = bytes
    .subarray(0, half)
    .toString('utf8')
    .replace(/\uFFFD+$/, '')
  const tail = bytes
    .subarray(bytes.length - (budget - half))
    .toString('utf8')
    .replace(/^\uFFFD+/, '')
  return [
    `Warning: truncated output (original token count: ${total})`,
    `Total output lines: ${lineCount}`,
    '',
    `${head}…${total - Math.floor(maxTokens)} tokens truncated…${tail}`,
  ].join('\n')
}
