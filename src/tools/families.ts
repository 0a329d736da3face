// Which tool shapes a model was trained on, by model family, as Codex's model table decides it.
// Codex-tuned models from gpt-5.1-codex on (and the gpt-5.2+ / gpt-6 line) were trained with
// `exec_command` + `write_stdin` and a free-form (grammar) `apply_patch`, which only the Responses
// API can carry; every other model keeps `shell` and the function `apply_patch`, which is what
// Chat Completions models (GLM, DeepSeek, Qwen…) and older Codex models know. Whatever is offered,
// the registry accepts every shape (see registry.ts): the table only decides what the model sees.
import type { WireApi } from '../config/types.js'

export interface ToolFamily {
  /** A name for logs and tests. */
  name: 'codex-unified-exec' | 'classic'
  /** The command tool offered: `exec_command` (+ `write_stdin`) or `shell`. */
  commandTool: 'exec_command' | 'shell'
  /** `apply_patch` as a free-form (custom) tool or as a function taking `{input}`. */
  applyPatch: 'freeform' | 'function'
  /** Codex sends `parallel_tool_calls: true` to the models that support it. */
  parallelToolCalls: boolean
  /** Reasoning models: ask for reasoning summaries and encrypted reasoning even without an effort. */
  reasoning: boolean
}

const CLASSIC: ToolFamily = {
  name: 'classic',
  commandTool: 'shell',
  applyPatch: 'function',
  parallelToolCalls: false,
  reasoning: false,
}

const UNIFIED_EXEC: ToolFamily = {
  name: 'codex-unified-exec',
  commandTool: 'exec_command',
  applyPatch: 'freeform',
  parallelToolCalls: true,
  reasoning: true,
}

// gpt-5.1-codex, gpt-5.1-codex-max, gpt-5.2-codex…; gpt-5.2 and later; gpt-6 and later. Matched
// on the name after any `provider/` prefix (OpenRouter, Azure deployments named like the model).
const CODEX_CODEX_MODEL = /^gpt-5\.([1-9]\d*)-codex(?:[-.].*)?$/
const GPT_5_MINOR = /^gpt-5\.([2-9]|[1-9]\d+)(?:[-.].*)?$/
const GPT_6_OR_LATER = /^gpt-([6-9]|[1-9]\d+)(?:[-.].*)?$/

export function toolFamilyFor(model: string, wireApi: WireApi): ToolFamily {
  // A free-form tool cannot be sent over Chat Completions, and the families below were trained on
  // both tools together: over `chat` every model gets the classic set.
  if (wireApi !== 'responses') return CLASSIC
  const name = (model.split('/').at(-1) ?? model).toLowerCase()
  if (CODEX_CODEX_MODEL.test(name) || GPT_5_MINOR.test(name) || GPT_6_OR_LATER.test(name)) {
    return UNIFIED_EXEC
  }
  return CLASSIC
}

// Models that take image input, by family name (after any `provider/` prefix): OpenAI's GPT-4o,
// GPT-4.1/4.5, GPT-5 and later, o1/o3/o4 and codex-mini; Claude 3+, Gemini, Grok 2-vision/4, and
// the open vision models named for it (Qwen-VL, GLM-4V/4.5V, LLaVA, Pixtral, Llama 3.2 Vision…).
const VISION_MODEL =
  /^(?:gpt-4o|gpt-4\.[15]|gpt-[5-9]|gpt-\d{2}|o[134](?:$|-)|codex-mini|claude-|gemini-|grok-(?:2-vision|4)|pixtral|llava|llama-3\.2-\d+b-vision|glm-4(?:\.\d)?v|qwen[\d.]*-?vl)|vision|[-_]vl(?:[-_]|$)/

/** Whether the model can be given images (`input_image` / `image_url`); others get alt text. */
export function acceptsImages(model: string): boolean {
  const name = (model.split('/').at(-1) ?? model).toLowerCase()
  return VISION_MODEL.test(name)
}
