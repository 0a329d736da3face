// The model-facing vocabulary shared by the loop and the adapters. The loop speaks only these
// types; src/model/openai.ts translates them to the `responses` or `chat` wire API.
import type { WireApi } from '../config/types.js'

/** One entry of the conversation, modelled on Responses API items (the richer of the two APIs). */
export type Item =
  /** `images`: data URLs shown with a user message (models that accept images only). */
  | {
      type: 'message'
      role: 'user' | 'assistant' | 'developer'
      content: string
      images?: readonly string[] | undefined
    }
  /** `namespace` is set when the model called a tool of a namespace (Codex's MCP shape). */
  | { type: 'function_call'; callId: string; name: string; arguments: string; namespace?: string }
  | { type: 'function_call_output'; callId: string; output: string }
  /** A call to a free-form (custom, grammar) tool: `input` is the raw text, not JSON. */
  | { type: 'custom_tool_call'; callId: string; name: string; input: string }
  | { type: 'custom_tool_call_output'; callId: string; output: string }
  /** Reasoning the model returned; kept so `responses` can be given it back (encrypted or summary). */
  | {
      type: 'reasoning'
      id?: string
      summary: string
      encryptedContent?: string
      /**
       * The reasoning as the server sent it, to be given back: Responses `reasoning_text` (LM Studio,
       * DeepSeek /responses) or chat `reasoning_content` (DeepSeek, GLM, Qwen, xAI).
       */
      text?: string
    }

/**
 * A tool as the model sees it: a function (JSON Schema parameters) or, when `freeform` is set and
 * the wire API is `responses`, a custom tool whose input is raw text in that grammar. Chat
 * Completions has no free-form tools; there the same tool is a function taking `{input}`.
 */
export interface ToolSpec {
  name: string
  description: string
  parameters: Record<string, unknown>
  freeform?: { syntax: 'lark'; definition: string } | undefined
}

export interface Usage {
  inputTokens: number
  cachedInputTokens: number
  /**
   * Input tokens the provider wrote to its prompt cache (OpenRouter's `cache_write_tokens`, Anthropic
   * gateways' `cache_creation_input_tokens`): part of inputTokens, like the cached ones. Absent
   * where a usage is made up rather than read (reports, saved records): read it as 0.
   */
  cacheWriteInputTokens?: number | undefined
  outputTokens: number
  reasoningOutputTokens: number
}

export const ZERO_USAGE: Usage = Object.freeze({
  inputTokens: 0,
  cachedInputTokens: 0,
  cacheWriteInputTokens: 0,
  outputTokens: 0,
  reasoningOutputTokens: 0,
})

export interface ModelRequest {
  /** System prompt; kept byte-identical across turns so providers can cache the prefix. */
  instructions: string
  input: readonly Item[]
  tools: readonly ToolSpec[]
  reasoningEffort?: 'none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh' | undefined
  /** Ask for reasoning (and its encrypted form, replayed every turn) even without an effort. */
  reasoning?: boolean | undefined
  /** `model_reasoning_summary`; default "auto". "none" asks for no summary. */
  reasoningSummary?: 'auto' | 'concise' | 'detailed' | 'none' | undefined
  /** `model_verbosity`, sent as `text.verbosity` on `responses`. */
  verbosity?: 'low' | 'medium' | 'high' | undefined
  /**
   * The final message as JSON matching this schema (Responses `text.format` json_schema, strict);
   * the chat adapter does not send it: the loop puts the schema in the task instead.
   */
  outputSchema?: Record<string, unknown> | undefined
  /** The model may answer with several calls in one turn. */
  parallelToolCalls?: boolean | undefined
  /** Keys the provider's prompt cache to one run (the thread id), as Codex does. */
  promptCacheKey?: string | undefined
  /** Called with each streamed text fragment of the assistant message. */
  onTextDelta?: ((delta: string) => void) | undefined
  signal?: AbortSignal | undefined
}

export interface ModelResponse {
  /** Items the model produced this turn: assistant message, reasoning, function calls. */
  items: Item[]
  usage: Usage
  /** Number of HTTP attempts made (1 when no retry was needed). */
  attempts: number
  /** Bytes of the request body of the attempt that succeeded. */
  requestBytes: number
  /** The answer stopped at the model's output token limit (`finish_reason: "length"`). */
  truncated?: boolean | undefined
}

export interface ModelInfo {
  providerId: string
  model: string
  wireApi: WireApi
  baseUrl: string
}

export interface ModelClient {
  readonly info: ModelInfo
  /** One model turn: streams the response, retrying transient failures. Throws ModelError. */
  turn(request: ModelRequest): Promise<ModelResponse>
}

export type ModelErrorKind =
  | 'rate_limit'
  | 'quota'
  | 'server'
  | 'auth'
  | 'bad_request'
  | 'context_length'
  | 'network'
  | 'stream'
  | 'aborted'

/** A model failure after retries, with a message fit to show a user as it is. */
export class ModelError extends Error {
  readonly kind: ModelErrorKind
  readonly status: number | undefined
  constructor(kind: ModelErrorKind, message: string, status?: number) {
    super(message)
    this.name = 'ModelError'
    this.kind = kind
    this.status = status
  }
}
