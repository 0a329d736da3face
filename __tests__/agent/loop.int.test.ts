// The agent loop end to end against the scripted fake model, with the real adapter, the real
// bubblewrap sandbox and the real tools, on a throwaway git copy of the date-utils fixture.
import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { fixDateScenario, FIX_DATE_FINAL_MESSAGE } from '../../__fixtures__/model/scenarios.js'
import type { ScriptedTurn } from '../../__fixtures__/model/fake-model.js'
import { runScripted, toolOutputsOf } from '../helpers/agent.js'
import type { ScriptedRun } from '../helpers/agent.js'

let run: ScriptedRun | undefined
afterEach(async () => {
  await run?.dispose()
  run = undefined
})

function testsPass(dir: string): boolean {
  try {
    execFileSync('node', ['--test'], { cwd: dir, stdio: 'pipe' })
    return true
  } catch {
    return false
  }
}

describe.each(['responses', 'chat'] as const)('multi-turn fix over the %s wire API', (wire) => {
  it('reads, runs the failing test, patches, reruns, and answers with the fix on disk', async () => {
    run = await runScripted({ script: fixDateScenario(), wire })
    const { result, fake, workspace } = run

    expect(result.status).toBe('completed')
    expect(result.finalMessage).toBe(FIX_DATE_FINAL_MESSAGE)
    expect(result.turns).toBe(5)
    expect(await readFile(path.join(workspace.dir, 'src/date.js'), 'utf8')).toContain('getUTCMonth() + 1')
    expect(testsPass(workspace.dir)).toBe(true)

    // The model saw the real results of its commands: the test failing before, passing after.
    const before = toolOutputsOf(fake.requests[2]).at(-1) ?? ''
    const after = toolOutputsOf(fake.requests[4]).at(-1) ?? ''
    expect(before).toMatch(/Exit code: 1/)
    expect(before).toMatch(/fail 2/)
    expect(after).toMatch(/Exit code: 0/)
    expect(after).toMatch(/pass 2/)
    expect(toolOutputsOf(fake.requests[1]).join('\n')).toContain('export function formatDate')

    expect(result.fileChanges).toEqual([{ path: 'src/date.js', kind: 'update' }])
    expect(result.commands.map((command) => command.exitCode)).toEqual([0, 1, 0])
    expect(result.plan.map((step) => step.text)).toContain('Fix formatDate')
    expect(result.usage.inputTokens).toBeGreaterThan(0)

    const types = run.events.map((event) => event.type)
    expect(types[0]).toBe('thread.started')
    expect(types.at(-1)).toBe('turn.completed')
    const itemTypes = run.events.flatMap((event) => ('item' in event ? [event.item.type] : []))
    expect(itemTypes).toEqual(
      expect.arrayContaining(['todo_list', 'command_execution', 'file_change', 'agent_message']),
    )
  })
})

describe('the loop keeps the prompt a stable prefix', () => {
  it('sends identical instructions and tools on every turn, with AGENTS.md and the task in the first messages', async () => {
    run = await runScripted({ script: fixDateScenario(), wire: 'responses' })
    const bodies = run.fake.requests.map((request) => request.body)
    const first = bodies[0]!
    for (const body of bodies) {
      expect(body.instructions).toBe(first.instructions)
      expect(JSON.stringify(body.tools)).toBe(JSON.stringify(first.tools))
    }
    const opening = JSON.stringify(first.input)
    expect(opening).toContain('Run the tests with `node --test`')
    expect(opening).toContain('Fix the failing test.')
    expect(opening).toContain('<sandbox_mode>workspace-write</sandbox_mode>')
    // Each request extends the previous one: history is appended, never rewritten.
    for (let i = 1; i < bodies.length; i++) {
      const previous = JSON.stringify(bodies[i - 1]!.input).slice(0, -1)
      expect(JSON.stringify(bodies[i]!.input).startsWith(previous)).toBe(true)
    }
  })
})

describe('model failures', () => {
  it('waits out a 429 with Retry-After and then succeeds', async () => {
    const script: ScriptedTurn[] = [
      { fault: 'status', status: 429, headers: { 'retry-after': '0' } },
      { text: 'Nothing to change.' },
    ]
    run = await runScripted({ script, wire: 'chat' })
    expect(run.result.status).toBe('completed')
    expect(run.result.finalMessage).toBe('Nothing to change.')
    expect(run.fake.requests).toHaveLength(2)
  })

  it('fails clearly after repeated 500s, saying the model could not be reached', async () => {
    const script: ScriptedTurn[] = Array.from({ length: 3 }, () => ({
      fault: 'status' as const,
      status: 500,
      headers: { 'retry-after-ms': '1' },
      body: { error: { message: 'upstream overloaded' } },
    }))
    run = await runScripted({ script, wire: 'responses', provider: { requestMaxRetries: 2 } })
    expect(run.result.status).toBe('failed')
    expect(run.result.reason).toMatch(/model could not be reached/)
    expect(run.result.reason).toMatch(/500/)
    expect(run.result.reason).toMatch(/3 attempts/)
    expect(run.fake.requests).toHaveLength(3)
    expect(run.events.at(-1)).toMatchObject({ type: 'turn.failed' })
  })

  it('recovers from a stream cut mid-way by retrying the turn', async () => {
    const scenario = fixDateScenario()
    const script: ScriptedTurn[] = [scenario[0]!, { fault: 'cut' }, ...scenario.slice(1)]
    run = await runScripted({ script, wire: 'chat' })
    expect(run.result.status).toBe('completed')
    expect(await readFile(path.join(run.workspace.dir, 'src/date.js'), 'utf8')).toContain('getUTCMonth() + 1')
  })
})

describe('tool call mistakes go back to the model as text', () => {
  it('tells the model its arguments are not valid JSON, and the corrected call then runs', async () => {
    const script: ScriptedTurn[] = [
      { calls: [{ name: 'shell', arguments: '{"command": ["cat", "README.md"' }] },
      { calls: [{ name: 'shell', arguments: { command: ['cat', 'README.md'] } }] },
      { text: 'Read it.' },
    ]
    run = await runScripted({ script, wire: 'chat' })
    expect(run.result.status).toBe('completed')
    const [firstOutput, secondOutput] = toolOutputsOf(run.fake.requests[2])
    expect(firstOutput).toMatch(/not valid JSON/)
    expect(firstOutput).toMatch(/"command"/)
    expect(secondOutput).toContain('A tiny date formatting library')
  })

  it('names the available tools when the model calls one that does not exist', async () => {
    const script: ScriptedTurn[] = [
      { calls: [{ name: 'read_file', arguments: { path: 'x' } }] },
      { text: 'ok' },
    ]
    run = await runScripted({ script, wire: 'responses' })
    expect(toolOutputsOf(run.fake.requests[1])[0]).toMatch(
      /Unknown tool "read_file".*shell, apply_patch, update_plan/,
    )
  })

  it('caps long command output, keeping head and tail and saying how much was cut', async () => {
    const script: ScriptedTurn[] = [
      { calls: [{ name: 'shell', arguments: { command: ['bash', '-lc', 'seq 1 100000'] } }] },
      { text: 'done' },
    ]
    run = await runScripted({ script, wire: 'chat' })
    const output = toolOutputsOf(run.fake.requests[1])[0] ?? ''
    expect(output).toMatch(/^Exit code: 0/)
    expect(output).toContain('\n1\n2\n3\n')
    expect(output).toContain('99999\n100000')
    expect(output).toMatch(/\[… \d+ lines \(\d+ bytes\) omitted …\]/)
    expect(Buffer.byteLength(output)).toBeLessThan(12 * 1024)
  })
})

describe('budgets', () => {
  const forever = (): ScriptedTurn => ({
    text: 'Still looking.',
    calls: [{ name: 'shell', arguments: { command: ['true'] } }],
  })

  it('stops a model that never finishes at max-turns, saying which budget and what was done', async () => {
    run = await runScripted({ script: () => forever(), wire: 'responses', budgets: { maxTurns: 3 } })
    expect(run.result.status).toBe('budget-exhausted')
    expect(run.result.budget).toBe('max-turns')
    expect(run.result.reason).toMatch(/turn budget ran out: 3 model turns used of max-turns 3/)
    expect(run.result.finalMessage).toMatch(/3 commands run/)
    expect(run.result.finalMessage).toMatch(/Last message from the model: Still looking\./)
    expect(run.fake.requests).toHaveLength(3)
  })

  it('stops at max-cost once the spend reaches it', async () => {
    const price = { input: 1_000_000, cachedInput: 0, output: 0 } // $1 per token: the first turn overspends
    run = await runScripted({ script: () => forever(), wire: 'chat', price, budgets: { maxCostUsd: 5 } })
    expect(run.result.status).toBe('budget-exhausted')
    expect(run.result.budget).toBe('max-cost')
    expect(run.fake.requests).toHaveLength(1)
    expect(run.result.costUsd).toBeGreaterThanOrEqual(5)
  })

  it('stops at the wall-clock timeout, killing the running command', async () => {
    const script: ScriptedTurn[] = [
      { calls: [{ name: 'shell', arguments: { command: ['sleep', '30'], timeout_ms: 60_000 } }] },
    ]
    run = await runScripted({ script, wire: 'chat', budgets: { timeoutMs: 1_500 } })
    expect(run.result.status).toBe('budget-exhausted')
    expect(run.result.budget).toBe('timeout')
    expect(run.result.durationMs).toBeLessThan(25_000)
  })

  it('reports cancellation when the caller aborts', async () => {
    const controller = new AbortController()
    const script = (): ScriptedTurn => {
      controller.abort()
      return { text: 'too late', delayMs: 200 }
    }
    run = await runScripted({ script, wire: 'responses', signal: controller.signal })
    expect(run.result.status).toBe('cancelled')
  })
})

describe('compaction', () => {
  it('summarises the history when it nears the context window, then continues from the summary', async () => {
    const script = (_request: unknown, index: number): ScriptedTurn => {
      if (index === 0)
        return {
          calls: [{ name: 'shell', arguments: { command: ['cat', 'README.md'] } }],
          usage: { input: 9_000 },
        }
      if (index === 1) return { text: 'SUMMARY: read README; nothing else done.' }
      return { text: 'Finished after compaction.' }
    }
    run = await runScripted({ script, wire: 'responses', contextWindow: 10_000 })
    expect(run.result.status).toBe('completed')
    expect(run.result.finalMessage).toBe('Finished after compaction.')
    const [, summaryRequest, after] = run.fake.requests
    expect(JSON.stringify(summaryRequest!.body.input)).toMatch(/handoff summary/)
    expect(summaryRequest!.body.tools ?? []).toEqual([])
    const continued = JSON.stringify(after!.body.input)
    expect(continued).toContain('SUMMARY: read README')
    expect(continued).toContain('Fix the failing test.')
    expect(continued).not.toContain('function_call_output')
  })
})
