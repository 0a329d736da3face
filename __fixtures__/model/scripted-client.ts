// An in-process ModelClient driven by a script of turns: no HTTP, no SDK, no wire format. For unit
// tests of the loop (budgets, compaction, tool calls); the wire adapters have their own tests
// against fake-model.ts and recorded providers. Each request is recorded as the loop sent it.
import type {
  Item,
  ModelClient,
  ModelInfo,
  ModelRequest,
  ModelResponse,
  Usage,
} from '../../src/model/types.js'

/** One scripted turn: a response, a function of the request, or an error to throw. */
export type ScriptedTurn =
  | { items: Item[]; usage?: Partial<Usage>; truncated?: boolean }
  | ((request: ModelRequest) => ScriptedTurn | Promise<ScriptedTurn>)
  | Error

export class ScriptedModel implements ModelClient {
  readonly info: ModelInfo
  /** Every request, with its input copied at the time it was sent (the loop appends to it later). */
  readonly requests: ModelRequest[] = []
  private readonly turns: ScriptedTurn[]

  constructor(turns: ScriptedTurn[], info: Partial<ModelInfo> = {}) {
    this.turns = [...turns]
    this.info = {
      providerId: 'scripted',
      model: 'scripted',
      wireApi: 'responses',
      baseUrl: 'in-process',
      ...info,
    }
  }

  get remaining(): number {
    return this.turns.length
  }

  async turn(request: ModelRequest): Promise<ModelResponse> {
    this.requests.push({ ...request, input: [...request.input], tools: [...request.tools] })
    let next = this.turns.shift()
    if (next === undefined) throw new Error(`the script has no turn ${this.requests.length}`)
    while (typeof next === 'function') next = await next(request)
    if (next instanceof Error) throw next
    return {
      items: next.items,
      usage: {
        inputTokens: 0,
        cachedInputTokens: 0,
        outputTokens: 0,
        reasoningOutputTokens: 0,
        ...next.usage,
      },
      attempts: 1,
      requestBytes: JSON.stringify(request.input).length,
      truncated: next.truncated,
    }
  }
}

export function say(text: string): Item {
  return { type: 'message', role: 'assistant', content: text }
}

export function callFunction(name: string, args: unknown, callId: string): Item {
  return {
    type: 'function_call',
    callId,
    name,
    arguments: typeof args === 'string' ? args : JSON.stringify(args),
  }
}

export function callCustom(name: string, input: string, callId: string): Item {
  return { type: 'custom_tool_call', callId, name, input }
}

/** A turn that never ends by itself: it waits until the request's signal aborts. */
export function hangUntilAborted(request: ModelRequest): Promise<ScriptedTurn> {
  return new Promise((_resolve, reject) => {
    const signal = request.signal
    if (!signal) return reject(new Error('the request has no signal: it could hang forever'))
    signal.addEventListener('abort', () => reject(signal.reason ?? new Error('aborted')), { once: true })
  })
}
