// Serves a provider case byte for byte on 127.0.0.1: request n gets reply n (the last reply again
// once they run out), and every request body is kept for the test to inspect.
import { createServer } from 'node:http'
import type { ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ProviderCase, Reply } from './cases.js'

export interface ReplayServer {
  baseUrl: string
  /** The JSON bodies received, in order. */
  requests: Array<Record<string, unknown>>
  close(): Promise<void>
}

export async function startReplay(providerCase: ProviderCase): Promise<ReplayServer> {
  const requests: Array<Record<string, unknown>> = []
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>
      requests.push(body)
      const index = Math.min(requests.length, providerCase.replies.length) - 1
      const reply: Reply = providerCase.refuse?.(body) ?? providerCase.replies[index]!
      send(response, reply)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function send(response: ServerResponse, reply: Reply): void {
  if ('sse' in reply) {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
    response.end(reply.sse)
  } else if ('json' in reply) {
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(reply.json)
  } else {
    response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers })
    response.end(reply.body)
  }
}
