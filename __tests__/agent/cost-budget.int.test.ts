// Cost budgets for models without a price: max-cost-usd refuses to start rather than be ignored,
// max-tokens bounds any model, and the requests made are counted next to the tokens.
import { afterEach, describe, expect, it } from 'vitest'
import { runScripted } from '../helpers/agent.js'
import type { ScriptedRun } from '../helpers/agent.js'

let run: ScriptedRun | undefined
afterEach(async () => {
  await run?.dispose()
  run = undefined
})

const looping = () => ({
  calls: [{ name: 'shell', arguments: { command: ['true'] } }],
  usage: { input: 1000, output: 200 },
})

describe('cost budgets without a price', () => {
  it('max-cost-usd for an unpriced model refuses to start, naming [pricing."<model>"]', async () => {
    run = await runScripted({ wire: 'chat', script: () => ({ text: 'never' }), budgets: { maxCostUsd: 2 } })
    expect(run.result.status).toBe('failed')
    expect(run.result.reason).toContain('model "fake-model" has no known price')
    expect(run.result.reason).toContain('[pricing."fake-model"]')
    expect(run.result.reason).toContain('max-tokens')
    expect(run.fake.requests).toHaveLength(0)
  })

  it('max-tokens stands in for the price: the run stops once the tokens are spent', async () => {
    run = await runScripted({ wire: 'chat', script: looping, budgets: { maxCostUsd: 2, maxTokens: 3000 } })
    expect(run.result.status).toBe('budget-exhausted')
    expect(run.result.budget).toBe('max-tokens')
    expect(run.result.reason).toBe('the token budget ran out: 3600 tokens used of max-tokens 3000')
    expect(run.fake.requests).toHaveLength(3)
  })

  it('a priced model keeps its max-cost-usd budget', async () => {
    const price = { input: 1000, cachedInput: 1000, output: 1000 }
    run = await runScripted({ wire: 'chat', script: looping, price, budgets: { maxCostUsd: 2 } })
    expect(run.result.budget).toBe('max-cost')
  })
})

describe('requests next to tokens', () => {
  it('counts every model request, retries included', async () => {
    run = await runScripted({
      wire: 'chat',
      script: [{ fault: 'status', status: 429, headers: { 'retry-after-ms': '1' } }, { text: 'Done.' }],
    })
    expect(run.result.status).toBe('completed')
    expect(run.result.turns).toBe(1)
    expect(run.result.modelRequests).toBe(2)
  })
})
