// Prices and context windows: what a run costs and when the loop must compact.
import { describe, expect, it } from 'vitest'
import { contextWindowFor, costUsd, KNOWN_PRICES, priceFor } from '../../src/model/pricing.js'

describe('priceFor', () => {
  it('knows the current OpenAI models', () => {
    for (const model of [
      'gpt-5',
      'gpt-5-codex',
      'gpt-5-mini',
      'gpt-5-nano',
      'gpt-5.1',
      'gpt-5.1-codex',
      'gpt-5.1-codex-mini',
      'gpt-4.1',
      'gpt-4.1-mini',
      'gpt-4.1-nano',
      'gpt-4o',
      'gpt-4o-mini',
      'o3',
      'o4-mini',
    ]) {
      expect(priceFor(model, {}), model).toBeDefined()
    }
    expect(priceFor('gpt-5', {})).toEqual({ input: 1.25, cachedInput: 0.125, output: 10 })
  })

  it('bills a dated snapshot as its alias', () => {
    expect(priceFor('gpt-5-2025-08-07', {})).toEqual(KNOWN_PRICES['gpt-5'])
    expect(priceFor('gpt-4.1-mini-2025-04-14', {})).toEqual(KNOWN_PRICES['gpt-4.1-mini'])
    expect(priceFor('openai/gpt-5.1-codex-mini-20251113', {})).toEqual(KNOWN_PRICES['gpt-5.1-codex-mini'])
  })

  it('lets [pricing.<model>] win over the table and price models the table cannot know', () => {
    const configured = {
      'gpt-5': { input: 1, cachedInput: 0.1, output: 8 },
      'glm-4.6': { input: 0.6, cachedInput: 0.11, output: 2.2 },
    }
    expect(priceFor('gpt-5', configured)).toEqual(configured['gpt-5'])
    expect(priceFor('gpt-5-2025-08-07', configured)).toEqual(configured['gpt-5'])
    expect(priceFor('glm-4.6', configured)).toEqual(configured['glm-4.6'])
  })

  it('does not guess a price for an unknown or merely similar model', () => {
    // ModelScope's id for GLM-4.6 is served free or under its own terms, not at Z.ai's list price.
    expect(priceFor('ZhipuAI/GLM-4.6', {})).toBeUndefined()
    expect(priceFor('glm-4.6-air', {})).toBeUndefined()
    expect(priceFor('gpt-5-pro', {})).toBeUndefined()
  })

  it('knows Z.ai\'s and DeepSeek\'s list prices, and [pricing."<model>"] still overrides them', () => {
    expect(priceFor('glm-4.6', {})).toEqual({ input: 0.6, cachedInput: 0.11, output: 2.2 })
    expect(priceFor('deepseek-reasoner', {})).toEqual({ input: 0.28, cachedInput: 0.028, output: 0.42 })
    const plan = { input: 0, cachedInput: 0, output: 0 }
    expect(priceFor('glm-4.6', { 'glm-4.6': plan })).toBe(plan)
  })
})

describe('costUsd', () => {
  it('bills cached input at the cached rate and the rest at the input rate', () => {
    const usage = {
      inputTokens: 1_000_000,
      cachedInputTokens: 800_000,
      outputTokens: 100_000,
      reasoningOutputTokens: 50_000,
    }
    // 200k uncached × $1.25 + 800k cached × $0.125 + 100k output × $10 (reasoning is inside output)
    expect(costUsd(usage, { input: 1.25, cachedInput: 0.125, output: 10 })).toBeCloseTo(0.25 + 0.1 + 1, 10)
  })

  it('never bills more cached tokens than input tokens', () => {
    const usage = { inputTokens: 100, cachedInputTokens: 500, outputTokens: 0, reasoningOutputTokens: 0 }
    expect(costUsd(usage, { input: 1, cachedInput: 2, output: 0 })).toBeCloseTo(0.0002, 10)
  })
})

describe('contextWindowFor', () => {
  it('knows the windows of common models, whatever the org prefix or case', () => {
    expect(contextWindowFor('gpt-5')).toBe(272_000)
    expect(contextWindowFor('gpt-5.1-codex-max')).toBe(272_000)
    expect(contextWindowFor('gpt-4.1-mini')).toBe(1_047_576)
    expect(contextWindowFor('openai/gpt-4o')).toBe(128_000)
    expect(contextWindowFor('glm-4.6')).toBe(200_000)
    expect(contextWindowFor('ZhipuAI/GLM-4.6')).toBe(200_000)
    expect(contextWindowFor('deepseek-chat')).toBe(128_000)
    expect(contextWindowFor('Qwen/Qwen3-Coder-480B-A35B-Instruct')).toBe(262_144)
  })

  it('returns undefined for a model it does not know', () => {
    expect(contextWindowFor('my-local-llama')).toBeUndefined()
  })
})
