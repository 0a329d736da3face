// The agent loop on its own: an in-process scripted model and a fake command runner, so budgets,
// compaction and the handling of the model's tool calls are tested directly, turn by turn.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAgent } from '../../src/agent/loop.js'
import type { AgentOptions } from '../../src/agent/loop.js'
import { toolErrorSummary } from '../../src/agent/result.js'
import { ModelError } from '../../src/model/types.js'
import type { Item } from '../../src/model/types.js'
import { builtinTools, ToolRegistry } from '../../src/tools/registry.js'
import {
  callCustom,
  callFunction,
  hangUntilAborted,
  say,
  ScriptedModel,
} from '../../__fixtures__/model/scripted-client.js'
import type { ScriptedTurn } from '../../__fixtures__/model/scripted-client.js'
import { FakeRunner } from '../helpers/fake-runner.js'
import type { ScriptedCommand } from '../helpers/fake-runner.js'

let workspace: string
beforeAll(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'loop-unit-'))
})
afterAll(() => rm(workspace, { recursive: true, force: true }))

function run(turns: ScriptedTurn[], options: Partial<AgentOptions> & { commands?: ScriptedCommand[] } = {}) {
  const model = new ScriptedModel(turns)
  const runner = new FakeRunner(workspace, options.commands)
  const result = runAgent({
    task: 'do the task',
    workspace,
    model,
    registry: new ToolRegistry(builtinTools()),
    runner,
    budgets: { maxTurns: 10, timeoutMs: 30_000 },
    projectDocMaxBytes: 0,
    ...options,
  })
  return { model, runner, result }
}

const shellTurn = (id: string): ScriptedTurn => ({ items: [callFunction('shell', { command: ['ls'] }, id)] })

function outputsOf(input: readonly Item[]): Record<string, string> {
  const outputs: Record<string, string> = {}
  for (const item of input) {
    if (item.type === 'function_call_output' || item.type === 'custom_tool_call_output') {
      outputs[item.callId] = item.output
    }
  }
  return outputs
}

describe('loop budgets', () => {
  it('stops at max-turns without asking the model again', async () => {
    const turns = Array.from({ length: 5 }, (_, index) => shellTurn(`call_${index}`))
    const { model, result } = run(turns, { budgets: { maxTurns: 3, timeoutMs: 30_000 } })
    const done = await result
    expect(done).toMatchObject({ status: 'budget-exhausted', budget: 'max-turns', turns: 3 })
    expect(done.reason).toBe('the turn budget ran out: 3 model turns used of max-turns 3')
    expect(model.requests).toHaveLength(3)
  })

  it('stops at max-tokens once input + output reach it', async () => {
    const turn = (id: string): ScriptedTurn => ({
      items: [callFunction('shell', { command: ['ls'] }, id)],
      usage: { inputTokens: 400, outputTokens: 200 },
    })
    const { model, result } = run([turn('a'), turn('b'), turn('c')], {
      budgets: { maxTurns: 10, timeoutMs: 30_000, maxTokens: 1000 },
    })
    expect(await result).toMatchObject({ status: 'budget-exhausted', budget: 'max-tokens', turns: 2 })
    expect(model.requests).toHaveLength(2)
  })

  it('stops at max-cost-usd from the priced usage', async () => {
    // $10 per million tokens either way: 30k + 20k tokens cost $0.50 a turn.
    const turn = (id: string): ScriptedTurn => ({
      items: [callFunction('shell', { command: ['ls'] }, id)],
      usage: { inputTokens: 30_000, outputTokens: 20_000 },
    })
    const { result } = run([turn('a'), turn('b'), turn('c'), turn('d')], {
      budgets: { maxTurns: 10, timeoutMs: 30_000, maxCostUsd: 1 },
      price: { input: 10, cachedInput: 10, output: 10 },
    })
    const done = await result
    expect(done).toMatchObject({ status: 'budget-exhausted', budget: 'max-cost', turns: 2 })
    expect(done.costUsd).toBeCloseTo(1, 6)
  })

  it('refuses a cost budget it cannot count before the first request', async () => {
    const { model, result } = run([{ items: [say('never asked')] }], {
      budgets: { maxTurns: 10, timeoutMs: 30_000, maxCostUsd: 1 },
    })
    const done = await result
    expect(done.status).toBe('failed')
    expect(done.reason).toMatch(/max-cost-usd 1 is set but model "scripted" has no known price/)
    expect(model.requests).toHaveLength(0)
  })

  it('stops at the time budget while the model is still answering', async () => {
    const { result } = run([hangUntilAborted], { budgets: { maxTurns: 10, timeoutMs: 200 } })
    const done = await result
    expect(done).toMatchObject({ status: 'budget-exhausted', budget: 'timeout' })
  })
})

describe('loop compaction', () => {
  it('compacts once the last prompt passes 80% of the context window, keeping the task', async () => {
    const { model, result } = run(
      [
        { items: [callFunction('shell', { command: ['ls'] }, 'a')], usage: { inputTokens: 850 } },
        { items: [say('SUMMARY: listed the files')], usage: { inputTokens: 900 } },
        { items: [say('all done')], usage: { inputTokens: 100 } },
      ],
      { contextWindow: 1000 },
    )
    const done = await result
    expect(done).toMatchObject({ status: 'completed', finalMessage: 'all done' })
    const [, summaryRequest, afterwards] = model.requests
    // The summary turn offers no tools, so the model cannot act during it.
    expect(summaryRequest?.tools).toEqual([])
    expect(JSON.stringify(summaryRequest?.input.at(-1))).toContain('Write a handoff summary')
    const restarted = afterwards?.input ?? []
    expect(restarted.some((item) => item.type === 'function_call')).toBe(false)
    expect(JSON.stringify(restarted.at(-1))).toContain('SUMMARY: listed the files')
    expect(JSON.stringify(restarted)).toContain('do the task')
  })

  it('does not compact below the threshold', async () => {
    const { model, result } = run(
      [
        { items: [callFunction('shell', { command: ['ls'] }, 'a')], usage: { inputTokens: 700 } },
        { items: [say('done')] },
      ],
      { contextWindow: 1000 },
    )
    await result
    expect(model.requests.map((request) => request.tools.length > 0)).toEqual([true, true])
  })

  it('answers a context-length error with one compaction, and fails on the second', async () => {
    const tooLong = () => new ModelError('context_length', 'prompt is too long: 210000 tokens > 200000')
    const recovered = run([tooLong(), { items: [say('SUMMARY')] }, { items: [say('done')] }])
    expect(await recovered.result).toMatchObject({ status: 'completed', finalMessage: 'done' })
    const failing = run([tooLong(), { items: [say('SUMMARY')] }, tooLong()])
    const done = await failing.result
    expect(done.status).toBe('failed')
    expect(done.reason).toContain('prompt is too long')
  })
})

describe("loop: the model's tool calls", () => {
  it('answers every call of a turn, in order, in the shape it came in', async () => {
    const patch = '*** Begin Patch\n*** Add File: hello.txt\n+hello\n*** End Patch'
    const { model, result } = run([
      {
        items: [
          callFunction('shell', { command: ['ls'] }, 'call_shell'),
          callCustom('apply_patch', patch, 'call_patch'),
          callFunction('shell', 'ls -la (not JSON)', 'call_bad'),
          callFunction('run_terminal', { cmd: 'ls' }, 'call_unknown'),
        ],
      },
      { items: [say('done')] },
    ])
    const done = await result
    expect(done.status).toBe('completed')
    const answers = (model.requests[1]?.input ?? []).filter(
      (item) => item.type === 'function_call_output' || item.type === 'custom_tool_call_output',
    )
    expect(answers.map((item) => [item.type, 'callId' in item ? item.callId : ''])).toEqual([
      ['function_call_output', 'call_shell'],
      ['custom_tool_call_output', 'call_patch'],
      ['function_call_output', 'call_bad'],
      ['function_call_output', 'call_unknown'],
    ])
    const outputs = outputsOf(model.requests[1]?.input ?? [])
    expect(outputs.call_patch).toContain('A hello.txt')
    expect(outputs.call_bad).toMatch(/not valid JSON/)
    expect(outputs.call_unknown).toMatch(/^Unknown tool "run_terminal"\. Available tools: shell, /)
    expect(await readFile(path.join(workspace, 'hello.txt'), 'utf8')).toBe('hello\n')
    expect(done.toolErrors).toMatchObject({ 'invalid-arguments': 1, 'unknown-tool': 1, failed: 0 })
  })

  it('tallies each call by its error kind, and the summary names them', async () => {
    const { result } = run(
      [
        {
          items: [
            callFunction('shell', { command: ['make'] }, 'a'),
            callFunction('shell', { command: ['make', 'test'] }, 'b'),
            callFunction('shell', { command: ['sleep', '99'] }, 'c'),
          ],
        },
        { items: [say('done')] },
      ],
      {
        commands: [
          { exitCode: null, sandboxError: 'bwrap: no user namespaces' },
          { exitCode: 2 },
          { exitCode: null, timedOut: true },
        ],
      },
    )
    const done = await result
    expect(done.toolErrors).toMatchObject({ 'sandbox-failure': 1, failed: 1, timeout: 1, refused: 0 })
    expect(toolErrorSummary(done)).toBe(
      'tool calls that did not succeed: 1 sandbox-failure, 1 timeout, 1 failed',
    )
  })

  it('nudges a model that answers with nothing, then ends', async () => {
    const { model, result } = run([{ items: [] }, { items: [say('done after all')] }])
    expect(await result).toMatchObject({ status: 'completed', finalMessage: 'done after all' })
    expect(model.requests).toHaveLength(2)
  })
})
