// The network policy under real bubblewrap: a loopback server started by the test is out of reach
// with network off (workspace-write default, and read-only always) and reachable with it on.
import { execFileSync } from 'node:child_process'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CommandRunner } from '../../src/sandbox/types.js'
import { makeWorld } from './fixture.js'
import type { SandboxWorld } from './fixture.js'

let world: SandboxWorld
let server: http.Server
let url: string
let requestsSeen = 0

function hasCurl(): boolean {
  try {
    execFileSync('curl', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

beforeAll(async () => {
  world = makeWorld()
  server = http.createServer((_request, response) => {
    requestsSeen++
    response.end(`pong-${world.canary}`)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  world.dispose()
})

const nodeFetch = (): string[] => [
  'node',
  '-e',
  `fetch(${JSON.stringify(url)}).then((r) => r.text()).then(console.log, (e) => { console.error(String(e.cause ?? e)); process.exit(3) })`,
]
const curl = (): string[] => ['curl', '-sS', '--max-time', '5', url]

const clients: [string, () => string[], boolean][] = [
  ['node fetch', nodeFetch, true],
  ['curl', curl, hasCurl()],
]

describe.each(clients)('%s', (_name, argv, available) => {
  it.runIf(available)(
    'cannot reach a loopback server with network off, and the model is told why',
    async () => {
      const runner: CommandRunner = await world.runner('workspace-write', { networkAccess: false })
      const before = requestsSeen
      const result = await world.run(runner, argv())
      expect(result.exitCode).not.toBe(0)
      expect(result.output).not.toContain('pong-')
      expect(result.output).toContain('[sandbox] network access is off')
      expect(requestsSeen).toBe(before)
    },
  )

  it.runIf(available)('cannot reach it under read-only even when network_access is set', async () => {
    const runner = await world.runner('read-only', { networkAccess: true })
    const result = await world.run(runner, argv())
    expect(result.exitCode).not.toBe(0)
    expect(result.output).not.toContain('pong-')
  })

  it.runIf(available)('reaches it with network on', async () => {
    const runner = await world.runner('workspace-write', { networkAccess: true })
    const result = await world.run(runner, argv())
    expect(result.exitCode).toBe(0)
    expect(result.output).toContain(`pong-${world.canary}`)
  })
})
