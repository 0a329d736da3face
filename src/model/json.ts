// Narrowing helpers for provider JSON: every field is read as unknown and checked, because
// "OpenAI-compatible" servers differ in what they omit, null out, or send as another type.
import type { Usage } from './types.js'

export type JsonObject = Record<string, unknown>

export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : undefined
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

export function asCount(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0
}

/** A code that may come as a number (Zhipu, some proxies) or a string (OpenAI). */
export function asCode(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined
}

/**
 * Whether `completion_tokens` leaves the reasoning tokens out. OpenAI, DeepSeek, GLM and Qwen count
 * them in it; xAI counts them apart, which its `total_tokens` shows (prompt + completion + reasoning).
 */
function reasoningCountedApart(
  usage: JsonObject,
  input: number,
  completion: number,
  reasoning: number,
): boolean {
  const total = asCount(usage.total_tokens)
  return reasoning > 0 && total !== input + completion && total === input + completion + reasoning
}

/**
 * Token usage from either wire API. Input tokens include the cached ones in both. The cached count
 * comes from `input_tokens_details` (Responses), `prompt_tokens_details` (Chat), DeepSeek's
 * `prompt_cache_hit_tokens`, or a bare `cached_tokens` (Moonshot). Cache writes come as
 * `cache_write_tokens` in those details (what Codex reads; OpenRouter sends it) or as Anthropic's
 * `cache_creation_input_tokens` (LiteLLM and other Anthropic gateways), also counted in the input.
 */
export function usageFrom(value: unknown): Usage {
  const usage = asObject(value) ?? {}
  const inputDetails = asObject(usage.input_tokens_details) ?? asObject(usage.prompt_tokens_details) ?? {}
  const outputDetails =
    asObject(usage.output_tokens_details) ?? asObject(usage.completion_tokens_details) ?? {}
  const inputTokens = asCount(usage.input_tokens) || asCount(usage.prompt_tokens)
  const cached =
    asCount(inputDetails.cached_tokens) ||
    asCount(usage.prompt_cache_hit_tokens) ||
    asCount(usage.cached_tokens)
  const cacheWrite = asCount(inputDetails.cache_write_tokens) || asCount(usage.cache_creation_input_tokens)
  const cachedInputTokens = Math.min(cached, inputTokens)
  const completion = asCount(usage.output_tokens) || asCount(usage.completion_tokens)
  const reasoning = asCount(outputDetails.reasoning_tokens)
  return {
    inputTokens,
    cachedInputTokens,
    cacheWriteInputTokens: Math.min(cacheWrite, inputTokens - cachedInputTokens),
    outputTokens: reasoningCountedApart(usage, inputTokens, completion, reasoning)
      ? completion + reasoning
      : completion,
    reasoningOutputTokens: reasoning,
  }
}
