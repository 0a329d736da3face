// `exec --json` event shapes as `codex exec --json` prints them (Codex's exec_events.rs; the probe
// of Codex 0.171 against the scripted model showed the same): commands rendered as the shell-quoted
// argv, the user's login shell by its path (`/bin/bash -lc …`) when the model names none,
// file_change announced by item.started with absolute paths, usage with reasoning tokens,
// MCP calls with arguments/result/error, and an `error` event before `turn.failed`.
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { stdioServerToml } from '../tools/mcp/helpers.js'
import { execHarness, jsonEvents } from './exec-process.js'
import type { ExecHarness } from './exec-process.js'

let harness: ExecHarness | undefined
afterEach(async () => {
  await harness?.close()
  harness = undefined
})

/** The shell Codex would name: the user's login shell by its path (bash from PATH without one). */
function loginShell(): string {
  const shell = os.userInfo().shell ?? ''
  return path.isAbsolute(shell) && /\/(bash|sh|zsh)$/.test(shell) && existsSync(shell) ? shell : 'bash'
}

type Event = { type: string; item?: Record<string, unknown>; usage?: Record<string, unknown> }

const PATCH = '*** Begin Patch\n*** Add File: notes/new.txt\n+hello\n*** End Patch'

describe('exec --json shapes', () => {
  it("commands as Codex renders them, file_change started and completed with absolute paths, and usage's reasoning tokens", async () => {
    harness = await execHarness(
      [
        { calls: [{ name: 'exec_command', arguments: { cmd: "echo 'hi there' && ls" } }] },
        { calls: [{ name: 'apply_patch', kind: 'custom', arguments: PATCH }] },
        { text: 'done', reasoning: 'thinking it over', usage: { input: 100, cached: 10, output: 50 } },
      ],
      { wire: 'responses' },
    )
    const h = harness
    const run = await h.exec(['--cd', h.dir, '-m', 'gpt-5.5', '-s', 'workspace-write', '--json', 'Go.'])
    expect(run.code).toBe(0)
    const events = jsonEvents(run.stdout) as Event[]

    const command = events.find(
      (event) => event.type === 'item.started' && event.item?.type === 'command_execution',
    )
    expect(command?.item?.command).toBe(`${loginShell()} -lc "echo 'hi there' && ls"`)

    const absolute = path.join(h.dir, 'notes/new.txt')
    const changes = events.filter((event) => event.item?.type === 'file_change')
    expect(changes.map((event) => [event.type, event.item?.status])).toEqual([
      ['item.started', 'in_progress'],
      ['item.completed', 'completed'],
    ])
    for (const event of changes) expect(event.item?.changes).toEqual([{ path: absolute, kind: 'add' }])

    const completed = events.at(-1)
    expect(completed?.type).toBe('turn.completed')
    // The scripted model counts reasoning as a quarter of its length: "thinking it over" is 4.
    expect(completed?.usage).toMatchObject({ reasoning_output_tokens: 4, cached_input_tokens: 10 })
  })

  for (const wire of ['chat', 'responses'] as const) {
    it(`usage sums the cache writes the provider reports over the run (${wire})`, async () => {
      harness = await execHarness(
        [
          {
            calls: [{ name: 'shell', arguments: { command: ['true'] } }],
            usage: { input: 1_000, cached: 0, output: 10, cacheWrite: 900 },
          },
          { text: 'done', usage: { input: 1_200, cached: 900, output: 5, cacheWrite: 250 } },
        ],
        { wire },
      )
      const h = harness
      const run = await h.exec(['--cd', h.dir, '-s', 'read-only', '--json', 'Go.'])
      expect(run.code).toBe(0)
      expect((jsonEvents(run.stdout) as Event[]).at(-1)).toEqual({
        type: 'turn.completed',
        usage: {
          input_tokens: 2_200,
          cached_input_tokens: 900,
          cache_write_input_tokens: 1_150,
          output_tokens: 15,
          reasoning_output_tokens: 0,
        },
      })
      expect(run.stderr).toContain('tokens used: 2200 in (900 cached, 1150 written to cache), 15 out')
    })
  }

  it('an MCP call carries its arguments, then the result (error null), as Codex 0.169+ sends it', async () => {
    harness = await execHarness(
      [{ calls: [{ name: 'mcp__fixture__echo', arguments: { text: 'ping' } }] }, { text: 'done' }],
      { extraToml: stdioServerToml('fixture') },
    )
    const h = harness
    const run = await h.exec(['--cd', h.dir, '-s', 'read-only', '--json', 'Go.'])
    expect(run.code).toBe(0)
    const mcp = (jsonEvents(run.stdout) as Event[]).filter((event) => event.item?.type === 'mcp_tool_call')
    expect(mcp[0]).toEqual({
      type: 'item.started',
      item: expect.objectContaining({
        server: 'fixture',
        tool: 'echo',
        arguments: { text: 'ping' },
        result: null,
        error: null,
        status: 'in_progress',
      }),
    })
    expect(mcp[1]?.item).toMatchObject({
      type: 'mcp_tool_call',
      arguments: { text: 'ping' },
      result: { content: [{ type: 'text', text: 'echo: ping' }], structured_content: null },
      error: null,
      status: 'completed',
    })
  })

  it('a failed MCP call is status failed: with the result a tool gave (isError), with the error when the server died', async () => {
    harness = await execHarness(
      [
        { calls: [{ name: 'mcp__fixture__fail', arguments: {} }] },
        { calls: [{ name: 'mcp__fixture__crash', arguments: {} }] },
        { text: 'done' },
      ],
      { extraToml: stdioServerToml('fixture') },
    )
    const h = harness
    const run = await h.exec(['--cd', h.dir, '-s', 'read-only', '--json', 'Go.'])
    expect(run.code).toBe(0)
    const completed = (jsonEvents(run.stdout) as Event[]).filter(
      (event) => event.type === 'item.completed' && event.item?.type === 'mcp_tool_call',
    )
    // What Codex 0.171 prints for the same two calls (its error text differs, its shape does not).
    expect(completed[0]?.item).toMatchObject({
      tool: 'fail',
      result: {
        content: [{ type: 'text', text: 'the fixture tool failed on purpose' }],
        structured_content: null,
      },
      error: null,
      status: 'failed',
    })
    expect(completed[1]?.item).toMatchObject({
      tool: 'crash',
      result: null,
      error: { message: expect.stringContaining('The MCP server fixture stopped during the call to crash') },
      status: 'failed',
    })
  })

  it('a failure is an error event, then turn.failed with the same message; exit 1', async () => {
    harness = await execHarness([
      { fault: 'status', status: 400, body: { error: { message: 'bad request body' } } },
    ])
    const h = harness
    const run = await h.exec(['--cd', h.dir, '-s', 'read-only', '--json', 'Go.'])
    expect(run.code).toBe(1)
    const events = jsonEvents(run.stdout) as { type: string; message?: string; error?: { message: string } }[]
    const [error, failed] = events.slice(-2)
    expect(error?.type).toBe('error')
    expect(error?.message).toContain('bad request body')
    expect(failed).toEqual({ type: 'turn.failed', error: { message: error?.message } })
    // Said once on stderr, not once per event.
    expect(run.stderr.match(/bad request body/g)).toHaveLength(1)
  })
})
