// Drives the model adapter through a recorded provider case, as the loop would: the task, then (when
// the model calls a tool) the call's output, then the model's answer.
import { providerCase } from '../../__fixtures__/providers/cases.js'
import { startReplay } from '../../__fixtures__/providers/replay.js'
import type { ReplayServer } from '../../__fixtures__/providers/replay.js'
import type { ProviderConfig } from '../../src/config/types.js'
import { createModelClient } from '../../src/model/openai.js'
import type { Item, ModelResponse, ToolSpec } from '../../src/model/types.js'
import { testProvider } from './provider.js'

export const SHELL_TOOL: ToolSpec = {
  name: 'shell',
  description: 'Runs a command.',
  parameters: {
    type: 'object',
    properties: { command: { type: 'array', items: { type: 'string' } } },
    required: ['command'],
  },
}

export interface Conversation {
  server: ReplayServer
  turns: ModelResponse[]
  /** Set when a turn failed: the ModelError (or other error) thrown. */
  error: unknown
  log: string[]
}

const servers: ReplayServer[] = []
export async function closeReplays(): Promise<void> {
  await Promise.all(servers.splice(0).map((server) => server.close()))
}

/** Runs up to `maxTurns` turns of a case; tool calls are answered with a fixed output. */
export async function converse(
  name: string,
  options: { maxTurns?: number; provider?: Partial<ProviderConfig> } = {},
): Promise<Conversation> {
  const recorded = providerCase(name)
  const server = await startReplay(recorded)
  servers.push(server)
  const log: string[] = []
  const client = createModelClient({
    provider: testProvider(server.baseUrl, recorded.wire, { requestMaxRetries: 3, ...options.provider }),
    model: recorded.model,
    apiKey: 'sk-test',
    env: {},
    log: (line) => log.push(line),
  })
  const history: Item[] = [{ type: 'message', role: 'user', content: 'Fix add() in src/math.js.' }]
  const turns: ModelResponse[] = []
  let error: unknown
  try {
    for (let n = 0; n < (options.maxTurns ?? 2); n++) {
      const response = await client.turn({
        instructions: 'You fix code.',
        input: history,
        tools: [SHELL_TOOL],
      })
      turns.push(response)
      history.push(...response.items)
      const calls = response.items.filter((item) => item.type === 'function_call')
      if (calls.length === 0) break
      for (const call of calls) {
        history.push({ type: 'function_call_output', callId: call.callId, output: 'ok: add(2, 3) is 5' })
      }
    }
  } catch (caught) {
    error = caught
  }
  return { server, turns, error, log }
}

export function callsOf(
  response: ModelResponse | undefined,
): Array<Extract<Item, { type: 'function_call' }>> {
  return (response?.items ?? []).filter((item) => item.type === 'function_call')
}

export function textOf(response: ModelResponse | undefined): string {
  return (response?.items ?? []).map((item) => (item.type === 'message' ? item.content : '')).join('')
}

export function reasoningOf(response: ModelResponse | undefined): string {
  return (response?.items ?? []).map((item) => (item.type === 'reasoning' ? item.summary : '')).join('')
}
