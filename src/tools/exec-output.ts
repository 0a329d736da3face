// What `exec_command` and `write_stdin` tell the model, in Codex's layout (the newer Codex models
// were trained to read it): a chunk id, the wall time, whether the process exited (and its code) or
// is still running as a session, the size of the output before any truncation, then the output.
import { randomBytes } from 'node:crypto'
import { capOutput } from '../agent/truncate.js'

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
  lines.push(`Original token count: ${Math.ceil(Buffer.byteLength(facts.output) / BYTES_PER_TOKEN)}`)
  const output =
    maxOutputTokens !== undefined && maxOutputTokens > 0
      ? capOutput(facts.output, {
          maxBytes: maxOutputTokens * BYTES_PER_TOKEN,
          maxLines: Number.MAX_SAFE_INTEGER,
        })
      : facts.output
  lines.push('Output:', output)
  return lines.join('\n')
}
