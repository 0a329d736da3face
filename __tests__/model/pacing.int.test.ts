// Free tiers and plans cap requests per minute: `requests_per_minute` spaces the requests out, and a
// 429 without Retry-After waits for the rate-limit window the headers name.
import { afterEach, describe, expect, it } from 'vitest'
import { startFakeModel } from '../../__fixtures__/model/fake-model.js'
import type { FakeModel } from '../../__fixtures__/model/fake-model.js'
import { testClient, userTurn } from './provider.js'

let fake: FakeModel | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

describe('request pacing', () => {
  it('requests_per_minute = 120 starts requests 500 ms apart', async () => {
    fake = await startFakeModel(() => ({ text: 'ok' }))
    const client = testClient(fake.baseUrl, 'chat', { provider: { requestsPerMinute: 120 } })
    for (let n = 0; n < 4; n++) await client.turn(userTurn('go'))
    // The first request also opens the connection, so the spacing is measured from the second on.
    const starts = fake.requests.map((request) => request.receivedAt)
    expect(starts[3]! - starts[1]!).toBeGreaterThanOrEqual(800)
  })

  it('without the cap, the same requests go out back to back', async () => {
    fake = await startFakeModel(() => ({ text: 'ok' }))
    const client = testClient(fake.baseUrl, 'chat')
    for (let n = 0; n < 4; n++) await client.turn(userTurn('go'))
    const starts = fake.requests.map((request) => request.receivedAt)
    expect(starts[3]! - starts[1]!).toBeLessThan(800)
  })

  it('a 429 without Retry-After waits for x-ratelimit-reset-requests', async () => {
    const headers = { 'x-ratelimit-reset-requests': '0.4s', 'x-ratelimit-remaining-requests': '0' }
    fake = await startFakeModel([{ fault: 'status', status: 429, headers }, { text: 'made it' }])
    const log: string[] = []
    const response = await testClient(fake.baseUrl, 'chat', { log: (line) => log.push(line) }).turn(
      userTurn('go'),
    )
    expect(response.items).toEqual([{ type: 'message', role: 'assistant', content: 'made it' }])
    expect(log[0]).toMatch(/retrying in 4\d\d ms/)
    expect(fake.requests[1]!.receivedAt - fake.requests[0]!.receivedAt).toBeGreaterThanOrEqual(390)
  })
})
