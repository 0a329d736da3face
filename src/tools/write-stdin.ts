// `write_stdin`: writes to (or, with no characters, just polls) a command `exec_command` left
// running, and returns what it printed since the model last looked. The wait ends early when the
// command exits; a finished session is forgotten once its last output has been read.
import { invalid, parseJsonObject } from './args.js'
import { clamp, sessionResult } from './exec-command.js'
import type { Tool } from './types.js'

export interface WriteStdinArgs {
  sessionId: number
  chars: string
  yieldTimeMs?: number | undefined
  maxOutputTokens?: number | undefined
}

const EXAMPLE = '{"session_id":4821,"chars":"","yield_time_ms":10000}'
// Codex: writes wait 250 ms by default and at most 30 s; empty polls wait 5 s to 5 min.
const WRITE_YIELD = { default: 250, min: 250, max: 30_000 }
const POLL_YIELD = { default: 5_000, min: 5_000, max: 300_000 }

export const writeStdinTool: Tool<WriteStdinArgs> = {
  spec: {
    name: 'write_stdin',
    description: 'Writes characters to an existing unified exec session and returns recent output.',
    parameters: {
      type: 'object',
      properties: {
        chars: {
          type: 'string',
          description: 'Bytes to write to stdin. Defaults to empty, which polls without writing.',
        },
        max_output_tokens: {
          type: 'number',
          description:
            'Output token budget. Defaults to 10000 tokens; larger requests may be capped by policy.',
        },
        session_id: { type: 'number', description: 'Identifier of the running unified exec session.' },
        yield_time_ms: {
          type: 'number',
          description:
            'Wait before yielding output. Non-empty writes default to 250 ms and cap at 30000 ms; empty polls wait 5000-300000 ms by default.',
        },
      },
      required: ['session_id'],
      additionalProperties: false,
    },
  },

  parse(rawArguments) {
    const parsed = parseJsonObject(rawArguments, 'write_stdin', EXAMPLE)
    if (!parsed.ok) return parsed
    const { session_id: rawId, chars, yield_time_ms: yieldTimeMs, max_output_tokens: maxTokens } = parsed.args
    const sessionId = typeof rawId === 'string' && /^\d+$/.test(rawId) ? Number(rawId) : rawId
    if (typeof sessionId !== 'number' || !Number.isInteger(sessionId)) {
      return invalid('write_stdin', '`session_id` must be the number exec_command returned', EXAMPLE)
    }
    if (chars !== undefined && typeof chars !== 'string') {
      return invalid('write_stdin', '`chars` must be a string (empty to just poll)', EXAMPLE)
    }
    if (yieldTimeMs !== undefined && typeof yieldTimeMs !== 'number') {
      return invalid('write_stdin', '`yield_time_ms` must be a number of milliseconds', EXAMPLE)
    }
    if (maxTokens !== undefined && typeof maxTokens !== 'number') {
      return invalid('write_stdin', '`max_output_tokens` must be a number', EXAMPLE)
    }
    return { ok: true, args: { sessionId, chars: chars ?? '', yieldTimeMs, maxOutputTokens: maxTokens } }
  },

  async run(args, context) {
    const sessions = context.sessions
    const session = sessions?.get(args.sessionId)
    if (sessions === undefined || session === undefined) {
      const running = sessions?.runningIds() ?? []
      const list = running.length > 0 ? `running sessions: ${running.join(', ')}` : 'no command is running'
      return {
        output: `write_stdin failed: Unknown process id ${args.sessionId} (${list}).`,
        error: 'invalid-arguments',
      }
    }
    const started = performance.now()
    const limits = args.chars === '' ? POLL_YIELD : WRITE_YIELD
    let note = ''
    if (args.chars !== '' && !session.write(args.chars)) note = 'The command no longer reads its input.\n'
    await session.wait(clamp(args.yieldTimeMs ?? limits.default, limits.min, limits.max), context.signal)
    const result = sessionResult(session, sessions, performance.now() - started, args.maxOutputTokens)
    return note === '' ? result : { ...result, output: `${note}${result.output}` }
  },
}
