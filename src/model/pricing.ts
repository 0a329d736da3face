// What a turn costs and how much context a model takes. Prices are list prices in USD per million
// tokens (OpenAI standard tier, Z.ai, DeepSeek); `[pricing."<model>"]` in config.toml overrides or
// extends them (the only way to price a model served elsewhere, whose price we cannot know).
import type { ModelPrice } from '../config/types.js'
import type { Usage } from './types.js'

// Taken 2026-11-23 from developers.openai.com model pages (gpt-5-codex, codex-mini-latest) and the
// pricing table GitHub publishes for Copilot (github/docs data/tables/copilot/models-and-pricing.yml),
// cross-checked against openai.com/api/pricing as quoted by several 2026 pricing guides. The GPT-5.4
// and GPT-5.5 rates are their default (<= 272K input) tier.
export const KNOWN_PRICES: Readonly<Record<string, ModelPrice>> = Object.freeze({
  'gpt-5.5': { input: 5, cachedInput: 0.5, output: 30 },
  'gpt-5.4': { input: 2.5, cachedInput: 0.25, output: 15 },
  'gpt-5.4-mini': { input: 0.75, cachedInput: 0.075, output: 4.5 },
  'gpt-5.4-nano': { input: 0.2, cachedInput: 0.02, output: 1.25 },
  'gpt-5.3-codex': { input: 1.75, cachedInput: 0.175, output: 14 },
  'gpt-5.2': { input: 1.75, cachedInput: 0.175, output: 14 },
  'gpt-5.2-codex': { input: 1.75, cachedInput: 0.175, output: 14 },
  'gpt-5.1': { input: 1.25, cachedInput: 0.125, output: 10 },
  'gpt-5.1-codex': { input: 1.25, cachedInput: 0.125, output: 10 },
  'gpt-5.1-codex-max': { input: 1.25, cachedInput: 0.125, output: 10 },
  'gpt-5.1-codex-mini': { input: 0.25, cachedInput: 0.025, output: 2 },
  'gpt-5': { input: 1.25, cachedInput: 0.125, output: 10 },
  'gpt-5-codex': { input: 1.25, cachedInput: 0.125, output: 10 },
  'gpt-5-mini': { input: 0.25, cachedInput: 0.025, output: 2 },
  'gpt-5-nano': { input: 0.05, cachedInput: 0.005, output: 0.4 },
  'codex-mini-latest': { input: 1.5, cachedInput: 0.375, output: 6 },
  'gpt-4.1': { input: 2, cachedInput: 0.5, output: 8 },
  'gpt-4.1-mini': { input: 0.4, cachedInput: 0.1, output: 1.6 },
  'gpt-4.1-nano': { input: 0.1, cachedInput: 0.025, output: 0.4 },
  'gpt-4o': { input: 2.5, cachedInput: 1.25, output: 10 },
  'gpt-4o-mini': { input: 0.15, cachedInput: 0.075, output: 0.6 },
  o3: { input: 2, cachedInput: 0.5, output: 8 },
  'o4-mini': { input: 1.1, cachedInput: 0.275, output: 4.4 },
  // Z.ai (international, pay-as-you-go; api.z.ai) list prices for the plain model ids, taken
  // 2026-11-30 as published for docs.z.ai's pricing table and repeated by provider catalogues
  // (openclaw's zai plugin, Bifrost's "published Zai pricing", PipeLLM's "official pricing").
  // bigmodel.cn bills in CNY and the GLM Coding Plan by requests, so these fit only api.z.ai.
  'glm-4.6': { input: 0.6, cachedInput: 0.11, output: 2.2 },
  'glm-4.7': { input: 0.6, cachedInput: 0.11, output: 2.2 },
  'glm-5': { input: 1, cachedInput: 0.2, output: 3.2 },
  // DeepSeek V3.2 (both ids; cache hit / miss / output), api-docs.deepseek.com "Models & Pricing" as
  // quoted with its date (updated 2025-12-09) in Roo Code's provider table, taken 2026-11-30.
  'deepseek-chat': { input: 0.28, cachedInput: 0.028, output: 0.42 },
  'deepseek-reasoner': { input: 0.28, cachedInput: 0.028, output: 0.42 },
  // Left out for want of a price found at its source: DeepSeek V4 (sources disagree, with peak
  // and off-peak rates), Qwen3-Coder, Kimi K2 and MiniMax. Give them a [pricing."<model>"] table.
})

// Dated snapshots (`gpt-5-2025-08-07`, OpenRouter's `gpt-5.1-codex-mini-20251113`) bill as their alias.
const SNAPSHOT_SUFFIX = /-(\d{4}-\d{2}-\d{2}|\d{8})$/

function candidateNames(model: string): string[] {
  const name = model
    .trim()
    .toLowerCase()
    .replace(/^openai\//, '')
  const undated = name.replace(SNAPSHOT_SUFFIX, '')
  return undated === name ? [model, name] : [model, name, undated]
}

/** The price of `model`: configured `[pricing.<model>]` first, then the built-in table. */
export function priceFor(model: string, configured: Record<string, ModelPrice>): ModelPrice | undefined {
  const names = candidateNames(model)
  for (const name of names) {
    if (Object.hasOwn(configured, name)) return configured[name]
  }
  for (const name of names) {
    if (Object.hasOwn(KNOWN_PRICES, name)) return KNOWN_PRICES[name]
  }
  return undefined
}

/**
 * USD for one turn's usage: cached input at the cached rate, the rest of the input at full rate.
 * Cache writes are part of that rest: a price has no cache-write rate, so a provider that charges
 * extra for them (Anthropic: 1.25x) is under-counted by the difference.
 */
export function costUsd(usage: Usage, price: ModelPrice): number {
  const cached = Math.min(usage.cachedInputTokens, usage.inputTokens)
  const uncached = usage.inputTokens - cached
  // Reasoning tokens are already counted in outputTokens by both wire APIs.
  return (uncached * price.input + cached * price.cachedInput + usage.outputTokens * price.output) / 1_000_000
}

// Input context windows, matched by the longest prefix of the model name (lower-cased, without an
// `org/` prefix such as `openai/` or `ZhipuAI/`). The GPT-5 family is kept at the 272K input limit
// Codex uses even where a long-context tier exists, since that tier bills at a higher rate.
const CONTEXT_WINDOWS: ReadonlyArray<readonly [prefix: string, tokens: number]> = [
  ['gpt-5', 272_000],
  ['gpt-4.1', 1_047_576],
  ['gpt-4o', 128_000],
  ['o3', 200_000],
  ['o4-mini', 200_000],
  ['codex-mini', 200_000],
  ['gpt-oss', 131_072],
  ['glm-4.6', 200_000],
  ['glm-4.5', 128_000],
  ['deepseek-chat', 128_000],
  ['deepseek-reasoner', 128_000],
  ['deepseek-v3', 128_000],
  ['qwen3-coder', 262_144],
  ['kimi-k2', 262_144],
]

/** The model's input context window in tokens, when it is a model we know. */
export function contextWindowFor(model: string): number | undefined {
  const name = model.trim().toLowerCase().replace(/^.*\//, '')
  let best: readonly [string, number] | undefined
  for (const entry of CONTEXT_WINDOWS) {
    if (name.startsWith(entry[0]) && (best === undefined || entry[0].length > best[0].length)) best = entry
  }
  return best?.[1]
}
