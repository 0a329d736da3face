// Starting MCP servers for a run with real stdio servers (under bubblewrap): listing, calls,
// filters, bad servers, required servers, the sandbox, and stopping.
import { randomUUID } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { McpStartupError } from '../../../src/tools/mcp/manager.js'
import type { McpServerConfig } from '../../../src/config/types.js'
import type { SandboxMode } from '../../../src/config/types.js'
import type { McpSession } from '../../../src/tools/mcp/manager.js'
import type { Tool } from '../../../src/tools/types.js'
import { processesWith, sessionHarness, stdioServer } from './helpers.js'
import type { SessionHarness } from './helpers.js'

let harness: SessionHarness
let workspace: string
let log: string[]
beforeEach(() => {
  harness = sessionHarness()
  workspace = harness.workspace
  log = harness.log
})
afterEach(() => harness.cleanup())

const start = (servers: McpServerConfig[], options?: { mode?: SandboxMode; env?: NodeJS.ProcessEnv }) =>
  harness.start(servers, options)
const call = (tools: Tool[], name: string, args?: Record<string, unknown>) => harness.call(tools, name, args)
const session = (): McpSession | undefined => harness.session

describe('MCP servers: listing and calls', () => {
  it('lists a stdio server’s tools as mcp__<server>__<tool>, sorted, with the server’s schema', async () => {
    const { tools, servers } = await start([stdioServer('fixture')])
    expect(servers).toEqual(['fixture'])
    const names = tools.map((tool) => tool.spec.name)
    expect(names).toEqual([...names].sort())
    expect(names).toEqual(
      expect.arrayContaining(['mcp__fixture__echo', 'mcp__fixture__add', 'mcp__fixture__docs_search']),
    )
    const echo = tools.find((tool) => tool.spec.name === 'mcp__fixture__echo')
    expect(echo?.spec.description).toBe('Echo the text back.')
    expect(echo?.spec.parameters).toMatchObject({
      type: 'object',
      properties: { text: { type: 'string' } },
      required: ['text'],
    })
    // The sanitised name still reaches the tool under its real name.
    expect((await call(tools, 'mcp__fixture__docs_search', { query: 'bwrap' })).output).toBe(
      'no results for bwrap',
    )
  })

  it('returns results as text: structured content as JSON, images noted, isError as a failure', async () => {
    const { tools } = await start([stdioServer('fixture')])
    const add = await call(tools, 'mcp__fixture__add', { a: 2, b: 40 })
    expect(add).toMatchObject({ output: 'The sum is 42.\n{"sum":42}', error: undefined })
    expect(add.item).toEqual({
      id: 'item_1',
      type: 'mcp_tool_call',
      server: 'fixture',
      tool: 'add',
      arguments: { a: 2, b: 40 },
      result: { content: [{ type: 'text', text: 'The sum is 42.' }], structured_content: { sum: 42 } },
      error: null,
      status: 'completed',
    })
    expect((await call(tools, 'mcp__fixture__image')).output).toBe(
      'one transparent pixel\n[image: image/png, 68 bytes]',
    )
    const fail = await call(tools, 'mcp__fixture__fail')
    expect(fail).toMatchObject({ output: 'Error: the fixture tool failed on purpose', error: 'failed' })
    // isError: the server answered, so its result is kept (Codex's shape), and the call failed.
    expect(fail.item).toMatchObject({
      type: 'mcp_tool_call',
      result: { content: [{ type: 'text', text: 'the fixture tool failed on purpose' }] },
      error: null,
      status: 'failed',
    })
  })

  it('applies enabled_tools, then disabled_tools, per server', async () => {
    const { tools } = await start([
      stdioServer('allow', { enabledTools: ['echo', 'add', 'no_such_tool'], disabledTools: ['add'] }),
      stdioServer('deny', { disabledTools: ['crash', 'write_file'] }),
    ])
    const names = tools.map((tool) => tool.spec.name)
    expect(names.filter((name) => name.startsWith('mcp__allow__'))).toEqual(['mcp__allow__echo'])
    const denied = names.filter((name) => name.startsWith('mcp__deny__'))
    expect(denied).toContain('mcp__deny__echo')
    expect(denied).not.toContain('mcp__deny__crash')
    expect(denied).not.toContain('mcp__deny__write_file')
  })

  it('skips servers with enabled = false without starting them', async () => {
    const tag = randomUUID()
    const { tools, servers } = await start([stdioServer('off', { enabled: false, flags: ['--tag', tag] })])
    expect(servers).toEqual([])
    expect(tools).toEqual([])
    expect(processesWith(tag)).toEqual([])
    expect(log).toEqual([])
  })

  it('turns a tool timeout into text for the model, and the server stays usable', async () => {
    const { tools } = await start([stdioServer('fixture', { toolTimeoutSec: 0.5 })])
    const slow = await call(tools, 'mcp__fixture__slow', { ms: 10_000 })
    expect(slow.error).toBe('timeout')
    expect(slow.output).toBe(
      'slow on the MCP server fixture timed out after 0.5 s (tool_timeout_sec); the call was cancelled.',
    )
    expect((await call(tools, 'mcp__fixture__echo', { text: 'still here' })).output).toBe('echo: still here')
  })

  it('turns a crash mid-call into text naming the server and its last words', async () => {
    const { tools } = await start([stdioServer('fixture')])
    const crash = await call(tools, 'mcp__fixture__crash')
    expect(crash.error).toBe('unavailable')
    expect(crash.output).toContain('The MCP server fixture stopped during the call to crash')
    expect(crash.output).toContain('fatal: simulated crash in the middle of a call')
    const after = await call(tools, 'mcp__fixture__echo', { text: 'x' })
    expect(after.output).toMatch(/^The MCP server fixture is not running/)
  })
})

describe('MCP servers: bad servers', () => {
  it('skips each bad optional server with one warning naming it and the cause; the good one works', async () => {
    const tag = randomUUID()
    const flags = (...more: string[]) => ['--tag', tag, ...more]
    const { tools, servers } = await start([
      stdioServer('good', { flags: flags() }),
      stdioServer('missing', { command: 'no-such-mcp-server-binary' }),
      stdioServer('crashes', { flags: flags('--crash-at-start', '--stderr-noise', '2000') }),
      stdioServer('hangs', { flags: flags('--hang-at-start'), startupTimeoutSec: 1 }),
      stdioServer('garbage', { flags: flags('--garbage') }),
    ])
    expect(servers).toEqual(['good'])
    expect(tools.every((tool) => tool.spec.name.startsWith('mcp__good__'))).toBe(true)
    expect(log).toHaveLength(4)
    const warning = (id: string) => log.find((line) => line.startsWith(`warning: MCP server ${id} skipped: `))
    expect(warning('missing')).toContain('command not found: no-such-mcp-server-binary')
    expect(warning('crashes')).toContain('it exited during start-up')
    expect(warning('crashes')).toContain('fatal: cannot open database /nonexistent/db.sqlite')
    expect(warning('hangs')).toContain('no answer within startup_timeout_sec = 1 s')
    expect(warning('garbage')).toContain('wrote something other than JSON-RPC on stdout')
    // A chatty server's stderr does not flood the log: a few last lines at most, on one line.
    for (const line of log) expect(line).not.toContain('\n')
    expect(log.join('').match(/noise line/g)?.length ?? 0).toBeLessThanOrEqual(5)
    // The failed servers are gone; only the good one runs (bwrap and node).
    const running = processesWith(tag)
    await session()?.close()
    expect(processesWith(tag)).toEqual([])
    expect(running.length).toBeGreaterThan(0)
  })

  it('stops the run when a required server fails, naming it, and stops the servers that did start', async () => {
    const tag = randomUUID()
    const failure = await start([
      stdioServer('fine', { flags: ['--tag', tag] }),
      stdioServer('db', { required: true, flags: ['--tag', tag, '--crash-at-start'] }),
    ]).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(McpStartupError)
    expect((failure as Error).message).toMatch(
      /^MCP server db is required but could not start: it exited during start-up; .*fatal: cannot open database/,
    )
    expect(processesWith(tag)).toEqual([])
  })
})

describe('MCP servers: the sandbox', () => {
  it('runs a stdio server under the run’s policy: no writes outside the workspace, no secrets from the environment', async () => {
    const outside = mkdtempSync(path.join(os.homedir(), '.codex-mcp-outside-'))
    try {
      const env = { ...process.env, MCP_CANARY_TOKEN: 'canary-secret', MCP_PLAIN_SETTING: 'plain' }
      const { tools } = await start([stdioServer('fixture', { env: { GIVEN_API_KEY: 'named-in-config' } })], {
        env,
      })
      const env_ = (name: string) =>
        call(tools, 'mcp__fixture__env', { name }).then((result) => result.output)
      expect(await env_('MCP_CANARY_TOKEN')).toBe('(unset)')
      expect(await env_('GIVEN_API_KEY')).toBe('named-in-config')
      expect(await env_('MCP_PLAIN_SETTING')).toBe('plain')

      const inside = await call(tools, 'mcp__fixture__write_file', {
        path: path.join(workspace, 'note.txt'),
        text: 'hi',
      })
      expect(inside.error).toBeUndefined()
      expect(readFileSync(path.join(workspace, 'note.txt'), 'utf8')).toBe('hi')
      const escape = path.join(outside, 'escape.txt')
      const blocked = await call(tools, 'mcp__fixture__write_file', { path: escape, text: 'x' })
      expect(blocked.error).toBe('failed')
      expect(blocked.output).toContain('EROFS')
      expect(existsSync(escape)).toBe(false)
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })

  it('runs it bare under danger-full-access, still with the filtered environment', async () => {
    const env = { ...process.env, MCP_CANARY_TOKEN: 'canary-secret' }
    const { tools } = await start([stdioServer('fixture')], { mode: 'danger-full-access', env })
    expect((await call(tools, 'mcp__fixture__env', { name: 'MCP_CANARY_TOKEN' })).output).toBe('(unset)')
    const file = path.join(workspace, 'bare.txt')
    expect((await call(tools, 'mcp__fixture__write_file', { path: file, text: 'ok' })).error).toBeUndefined()
  })
})
