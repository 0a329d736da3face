// A streamable HTTP MCP server on 127.0.0.1, in-process, on the SDK's server side (stateless: one
// server per request). Records the headers it was sent, can demand a bearer token, and can answer
// with something that is not JSON-RPC.
import { createServer } from 'node:http'
import type { IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js'
import { createFixtureServer } from './tools.mjs'

export interface HttpMcpServerOptions {
  /** When set, requests without `Authorization: Bearer <token>` get 401. */
  token?: string
  /** Answer every request with HTML instead of JSON-RPC. */
  garbage?: boolean
}

export interface HttpMcpServer {
  url: string
  requests: { method: string; headers: IncomingHttpHeaders }[]
  close(): Promise<void>
}

export async function startHttpMcpServer(options: HttpMcpServerOptions = {}): Promise<HttpMcpServer> {
  const requests: HttpMcpServer['requests'] = []
  const http = createServer((req, res) => {
    requests.push({ method: req.method ?? '', headers: req.headers })
    if (options.token !== undefined && req.headers.authorization !== `Bearer ${options.token}`) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"unauthorized"}')
      return
    }
    if (options.garbage) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('<html>maintenance</html>')
      return
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end()
      return
    }
    const server = createFixtureServer({ name: 'fixture-http' })
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined })
    res.on('close', () => {
      void transport.close()
      void server.close()
    })
    server
      .connect(transport)
      .then(() => transport.handleRequest(req, res))
      .catch(() => res.destroy())
  })
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  const { port } = http.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections()
        http.close(() => resolve())
      }),
  }
}
