// Streamable HTTP MCP servers on loopback: listing and calls with headers and a bearer token, a
// timeout, and servers that refuse, are unreachable, lack their token or answer garbage.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { McpServerConfig } from '../../../src/config/types.js'
import type { Tool } from '../../../src/tools/types.js'
import { startHttpMcpServer } from '../../../__fixtures__/mcp/http-server.js'
import type { HttpMcpServer } from '../../../__fixtures__/mcp/http-server.js'
import { sessionHarness, stdioServer } from './helpers.js'
import type { SessionHarness } from './helpers.js'

let harness: SessionHarness
let http: HttpMcpServer | undefined
let log: string[]
beforeEach(() => {
  harness = sessionHarness()
  log = harness.log
})
afterEach(async () => {
  await harness.cleanup()
  await http?.close()
  http = undefined
})

const start = (servers: McpServerConfig[], options?: { env?: NodeJS.ProcessEnv }) =>
  harness.start(servers, options)
const call = (tools: Tool[], name: string, args?: Record<string, unknown>) => harness.call(tools, name, args)

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

describe('MCP servers: streamable HTTP', () => {
  function httpServer(id: string, overrides: Partial<McpServerConfig> = {}): McpServerConfig {
    return {
      ...stdioServer(id),
      command: undefined,
      args: [],
      url: http?.url,
      ...overrides,
    }
  }

  it('lists and calls tools with http_headers and the bearer token from the named variable', async () => {
    http = await startHttpMcpServer({ token: 'http-secret' })
    const env = { ...process.env, FIXTURE_MCP_TOKEN: 'http-secret' }
    const { tools } = await start(
      [httpServer('remote', { bearerTokenEnvVar: 'FIXTURE_MCP_TOKEN', httpHeaders: { 'X-Team': 'infra' } })],
      { env },
    )
    expect(tools.map((tool) => tool.spec.name)).toContain('mcp__remote__echo')
    expect((await call(tools, 'mcp__remote__echo', { text: 'over http' })).output).toBe('echo: over http')
    expect((await call(tools, 'mcp__remote__add', { a: 1, b: 2 })).output).toBe('The sum is 3.\n{"sum":3}')
    const posts = http.requests.filter((request) => request.method === 'POST')
    expect(posts.length).toBeGreaterThan(0)
    for (const request of posts) {
      expect(request.headers.authorization).toBe('Bearer http-secret')
      expect(request.headers['x-team']).toBe('infra')
    }
  })

  it('times out an HTTP tool call into text', async () => {
    http = await startHttpMcpServer()
    const { tools } = await start([httpServer('remote', { toolTimeoutSec: 0.5 })])
    const slow = await call(tools, 'mcp__remote__slow', { ms: 5000 })
    expect(slow).toMatchObject({ error: 'timeout' })
    expect(slow.output).toContain('timed out after 0.5 s')
  })

  it('skips HTTP servers that refuse, are unreachable, lack their token or answer garbage', async () => {
    http = await startHttpMcpServer({ token: 'right' })
    const garbage = await startHttpMcpServer({ garbage: true })
    try {
      const { servers } = await start(
        [
          httpServer('wrong-token', { httpHeaders: { Authorization: 'Bearer wrong' } }),
          httpServer('no-token', { bearerTokenEnvVar: 'FIXTURE_UNSET_TOKEN_VAR' }),
          httpServer('unreachable', { url: `http://127.0.0.1:${await closedPort()}/mcp` }),
          httpServer('garbage', { url: garbage.url }),
        ],
        { env: {} },
      )
      expect(servers).toEqual([])
      expect(log).toHaveLength(4)
      const warning = (id: string) =>
        log.find((line) => line.startsWith(`warning: MCP server ${id} skipped: `))
      expect(warning('wrong-token')).toMatch(/401/)
      expect(warning('no-token')).toContain('FIXTURE_UNSET_TOKEN_VAR')
      expect(warning('unreachable')).toContain('ECONNREFUSED')
      expect(warning('garbage')).toContain('answered with something other than JSON-RPC')
    } finally {
      await garbage.close()
    }
  })
})
