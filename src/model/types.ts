// The model-facing vocabulary shared by the loop and the adapters. The loop speaks only these
// types; src/model/openai.ts translates them to the `responses` or `chat` wire API.

/** One entry of the conversation, modelled on Responses API items (the richer of the two APIs). */
export type Item =
  | { type: 'message'; role: 'user' | 'assistant' | 'developer'; content: string }
  | { type: 'function_call'; callId: string; name: string; arguments: string }
  | { type: 'function_call_output'; callId: string; output: string }
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

/** A function tool as the model sees it (JSON Schema parameters). */
export interface ToolSpec {
  name: string
  description: string
  parameters: Record<string, unknown>
}

export interface Usage {
  inputTokens: number
  cachedInputTokens: number
  outputTokens: number
  reasoningOutputTokens: number
}

export const ZERO_USAGE: Usage = Object.freeze({
  inputTokens: 0,
  cachedInputTokens: 0,
  outputTokens: 0,
  reasoningOutputTokens: 0,
})

export interface ModelRequest {
  /** System prompt; kept byte-identical across turns so providers can cache the prefix. */
  instructions: string
  input: readonly Item[]
  tools: readonly ToolSpec[]
  reasoningEffort?: 'minimal' | 'low' | 'medium' | 'high' | undefined
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

export type WireApi = 'responses' | 'chat'

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
