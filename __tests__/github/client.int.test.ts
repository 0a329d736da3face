import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createGitHubClient } from '../../src/github/client.js'
import { isLoopbackUrl } from '../../src/net/proxy.js'

// A GitHub that answers the first request with a secondary rate limit, as api.github.com does
// when writes come too fast, and every later one with the repository.
let server: Server | undefined
let requests = 0

async function startRateLimitedGitHub(): Promise<string> {
  requests = 0
  server = createServer((_request, response) => {
    requests += 1
    if (requests === 1) {
      response.writeHead(403, { 'content-type': 'application/json', 'retry-after': '1' })
      response.end(
        JSON.stringify({ message: 'You have exceeded a secondary rate limit. Please wait a few minutes.' }),
      )
      return
    }
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify({ full_name: 'acme/widget' }))
  })
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  server = undefined
})

describe('createGitHubClient throttling', () => {
  it('waits out a secondary rate limit and retries when throttling is on', async () => {
    const apiUrl = await startRateLimitedGitHub()
    const logged: string[] = []
    const client = createGitHubClient({
      token: 't',
      apiUrl,
      throttle: true,
      retries: 0,
      log: (line) => logged.push(line),
    })
    const response = await client.rest.repos.get({ owner: 'acme', repo: 'widget' })
    expect(response.data.full_name).toBe('acme/widget')
    expect(requests).toBe(2)
    expect(logged.join('\n')).toMatch(/secondary rate limit on GET .*retrying in 1 s/)
  })

  it('is off by default against a loopback GitHub, so the limit reaches the caller', async () => {
    const apiUrl = await startRateLimitedGitHub()
    const client = createGitHubClient({ token: 't', apiUrl, retries: 0 })
    await expect(client.rest.repos.get({ owner: 'acme', repo: 'widget' })).rejects.toMatchObject({
      status: 403,
    })
    expect(requests).toBe(1)
  })

  it('treats only this machine as loopback', () => {
    expect(isLoopbackUrl('http://127.0.0.1:8080')).toBe(true)
    expect(isLoopbackUrl('http://localhost:3000/api/v3')).toBe(true)
    expect(isLoopbackUrl('http://[::1]:3000')).toBe(true)
    expect(isLoopbackUrl('https://api.github.com')).toBe(false)
    expect(isLoopbackUrl('https://127.0.0.1.example.com/api/v3')).toBe(false)
    expect(isLoopbackUrl('not a url')).toBe(false)
  })
})
