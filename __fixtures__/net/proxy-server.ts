// A forward proxy on 127.0.0.1 as corporate networks run them: plain HTTP requests arrive with an
// absolute URL and are forwarded; https arrives as CONNECT host:port and is tunnelled untouched
// (the proxy never sees inside the TLS). Host names are resolved through `hosts`, so a test can
// name a model `model.example` that only the proxy knows how to reach, as only the proxy can
// reach the internet on such a runner. Every request is recorded.
import { createServer, request as httpRequest } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

export interface ProxiedRequest {
  /** `CONNECT` for a tunnel, else the HTTP method. */
  method: string
  /** `host:port` for CONNECT, the absolute URL otherwise. */
  target: string
}

export interface FakeProxy {
  url: string /* 'http://127.0.0.1:PORT' */
  requests: ProxiedRequest[]
  close(): Promise<void>
}

/** `hosts` maps a host name to the address it stands for here (default: the name itself). */
export async function startProxy(hosts: Record<string, string> = {}): Promise<FakeProxy> {
  const requests: ProxiedRequest[] = []
  const sockets = new Set<Socket>()
  const resolve = (host: string): string => hosts[host] ?? host

  const forward = (req: IncomingMessage, res: ServerResponse): void => {
    requests.push({ method: req.method ?? 'GET', target: req.url ?? '' })
    let target: URL
    try {
      target = new URL(req.url ?? '')
    } catch {
      res.writeHead(400).end('a proxy request needs an absolute URL')
      return
    }
    const upstream = httpRequest(
      {
        host: resolve(target.hostname),
        port: target.port || 80,
        method: req.method,
        path: `${target.pathname}${target.search}`,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    upstream.on('error', (error) => res.writeHead(502).end(`proxy: ${error.message}`))
    req.pipe(upstream)
  }

  const server = createServer(forward)
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const target = req.url ?? ''
    requests.push({ method: 'CONNECT', target })
    const [host = '', port = '443'] = target.split(/:(?=\d+$)/)
    const upstream = connect(Number(port), resolve(host), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
    }
    upstream.on('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'))
    client.on('error', () => upstream.destroy())
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => done())
        server.closeAllConnections()
      }),
  }
}
