// Runs the real agent loop (real model adapter, real sandbox, real tools) against the scripted
// fake model on a throwaway copy of a fixture repository.
import type { AgentEvent } from '../../src/protocol/events.js'
import { runAgent } from '../../src/agent/loop.js'
import type { AgentOptions, AgentResult } from '../../src/agent/loop.js'
import type { ModelPrice, ProviderConfig } from '../../src/config/types.js'
import { createModelClient } from '../../src/model/openai.js'
import type { WireApi } from '../../src/config/types.js'
import { DEFAULT_SHELL_ENV_POLICY } from '../../src/sandbox/env.js'
import { createCommandRunner } from '../../src/sandbox/index.js'
import type { SandboxMode } from '../../src/config/types.js'
import { toolFamilyFor } from '../../src/tools/families.js'
import { ToolRegistry, builtinTools } from '../../src/tools/registry.js'
import { startFakeModel } from '../../__fixtures__/model/fake-model.js'
import type { FakeModel, ScriptedTurn, RecordedRequest } from '../../__fixtures__/model/fake-model.js'
import { makeWorkspace } from '../../__fixtures__/workspace.js'
import { testProvider } from '../model/provider.js'
import type { Workspace } from '../../__fixtures__/workspace.js'

/** The fake model as a keyless provider (the loop tests need no key). */
export function fakeProvider(
  baseUrl: string,
  wireApi: WireApi,
  overrides: Partial<ProviderConfig> = {},
): ProviderConfig {
  return testProvider(baseUrl, wireApi, { envKey: undefined, ...overrides })
}

export interface ScriptedRun {
  result: AgentResult
  events: AgentEvent[]
  fake: FakeModel
  workspace: Workspace
  /** Text of every function_call_output the model was sent, in order (from the last request). */
  toolOutputs: () => string[]
  dispose: () => Promise<void>
}

export interface ScriptedRunOptions {
  script: ScriptedTurn[] | ((request: RecordedRequest, index: number) => ScriptedTurn)
  wire: WireApi
  sandbox?: SandboxMode
  budgets?: Partial<AgentOptions['budgets']>
  price?: ModelPrice
  contextWindow?: number
  provider?: Partial<ProviderConfig>
  task?: string
  signal?: AbortSignal
  /** The model name asked for; it decides the tool family (default `fake-model`: the classic tools). */
  model?: string
  reasoningEffort?: AgentOptions['reasoningEffort']
  reasoningSummary?: AgentOptions['reasoningSummary']
  verbosity?: AgentOptions['verbosity']
  commandTimeoutMs?: AgentOptions['commandTimeoutMs']
}

export async function runScripted(options: ScriptedRunOptions): Promise<ScriptedRun> {
  const fake = await startFakeModel(options.script)
  const workspace = await makeWorkspace()
  const policy = {
    mode: options.sandbox ?? 'workspace-write',
    workspace: workspace.dir,
    writableRoots: [],
    networkAccess: false,
  }
  const runner = await createCommandRunner({ policy, envPolicy: DEFAULT_SHELL_ENV_POLICY, autoFix: false })
  const events: AgentEvent[] = []
  const result = await runAgent({
    task: options.task ?? 'Fix the failing test.',
    workspace: workspace.dir,
    model: createModelClient({
      provider: fakeProvider(fake.baseUrl, options.wire, options.provider),
      model: options.model ?? 'fake-model',
      apiKey: undefined,
    }),
    registry: new ToolRegistry(builtinTools(toolFamilyFor(options.model ?? 'fake-model', options.wire))),
    reasoningEffort: options.reasoningEffort,
    reasoningSummary: options.reasoningSummary,
    verbosity: options.verbosity,
    commandTimeoutMs: options.commandTimeoutMs,
    runner,
    budgets: { maxTurns: 20, timeoutMs: 60_000, ...options.budgets },
    price: options.price,
    contextWindow: options.contextWindow,
    projectDocMaxBytes: 32 * 1024,
    onEvent: (event) => events.push(event),
    signal: options.signal,
  })
  return {
    result,
    events,
    fake,
    workspace,
    toolOutputs: () => toolOutputsOf(fake.requests.at(-1)),
    dispose: async () => {
      await fake.close()
      await workspace.cleanup()
    },
  }
}

/** The tool output texts (function and custom) in one recorded request, whichever wire API it used. */
export function toolOutputsOf(request: RecordedRequest | undefined): string[] {
  if (request === undefined) return []
  if (request.wire === 'responses') {
    const input = (request.body.input ?? []) as { type?: string; output?: unknown }[]
    return input
      .filter((item) => item.type === 'function_call_output' || item.type === 'custom_tool_call_output')
      .map((item) => String(item.output))
  }
  const messages = (request.body.messages ?? []) as { role?: string; content?: unknown }[]
  return messages.filter((message) => message.role === 'tool').map((message) => String(message.content))
}

/** Every user-role text in one recorded request. */
export function userTextsOf(request: RecordedRequest | undefined): string[] {
  if (request === undefined) return []
  const entries = (request.wire === 'responses' ? request.body.input : request.body.messages) as
    { role?: string; content?: unknown }[] | undefined
  return (entries ?? [])
    .filter((entry) => entry.role === 'user')
    .map((entry) => (typeof entry.content === 'string' ? entry.content : JSON.stringify(entry.content)))
}
