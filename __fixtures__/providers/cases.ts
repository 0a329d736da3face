// The provider cases: every recording in recordings/ (see its SOURCES.md), adapted only as SOURCES.md
// allows, plus the rebuilt and derived cases listed there. A multi-turn case answers request 1 with
// the tool-call recording and request 2 with the same provider's text recording.
import {
  adaptChatToolCalls,
  adaptResponsesToolCalls,
  frameChunks,
  recording,
  TASK_ARGUMENTS,
  TASK_ARGV,
} from './adapt.js'

export type Reply =
  { sse: string } | { json: string } | { status: number; body: string; headers?: Record<string, string> }

export interface ProviderCase {
  name: string
  wire: 'chat' | 'responses'
  model: string
  replies: Reply[]
  /** A provider rule checked before replying: an answer here replaces the scripted reply. */
  refuse?: (body: Record<string, unknown>) => Reply | undefined
}

interface RecordedError {
  status: number
  body: string
}
export const ERRORS = JSON.parse(recording('errors.json')) as Record<string, RecordedError>

const chunks = (file: string): string => frameChunks(recording(file))
const toolChunks = (file: string): string => adaptChatToolCalls(chunks(file))
const error = (name: string): Reply => ({ status: ERRORS[name]!.status, body: ERRORS[name]!.body })

const DEEPSEEK_TOOL = toolChunks('aisdk--deepseek-tool-call.chunks.txt')
const DEEPSEEK_TEXT = chunks('aisdk--deepseek-text.chunks.txt')
const QWEN_TOOL = toolChunks('aisdk--alibaba-tool-call.chunks.txt')
const QWEN_TEXT = chunks('aisdk--alibaba-text.chunks.txt')
const GLM_TEXT = recording('pyd--zai-glm47-thinking-stream.sse')
const OLLAMA_TOOLS = adaptChatToolCalls(recording('issue--ollama-qwen25coder-parallel-tools.sse'))
const OLLAMA_TEXT = recording('issue--ollama-qwen25coder-text.sse')
const OPENROUTER_ERROR = recording('pyd--openrouter-stream-error.sse')

/** DeepSeek's documented thinking-mode rule: tool calls go back with their reasoning_content. */
function deepseekReasoningRule(body: Record<string, unknown>): Reply | undefined {
  const messages = Array.isArray(body.messages) ? (body.messages as Array<Record<string, unknown>>) : []
  const bad = messages.some(
    (message) =>
      message.role === 'assistant' && Array.isArray(message.tool_calls) && !('reasoning_content' in message),
  )
  return bad ? error('deepseek-400-missing-reasoning') : undefined
}

/** vLLM #42167's head, rebuilt: a first chunk with id and name, then a fragment in the tail's shape. */
function glm51DuplicateArgs(): string {
  const tail = recording('issue--glm51-vllm-42167-tail.sse')
  const fragmentLine = /^data: (\{.*\})$/m.exec(tail)![1]!
  const chunk = (toolCall: Record<string, unknown>): string => {
    const payload = JSON.parse(fragmentLine) as { choices: Array<{ delta: Record<string, unknown> }> }
    payload.choices[0]!.delta = { tool_calls: [toolCall] }
    return `data: ${JSON.stringify(payload)}\n\n`
  }
  const head =
    chunk({
      id: 'chatcmpl-tool-8b6e41238cd6bef0',
      type: 'function',
      index: 0,
      function: { name: 'record_expense', arguments: '' },
    }) +
    chunk({
      index: 0,
      function: { arguments: '{"date": "2025-03-26", "amount": 300, "fee_type": "过路费", "income_type": "' },
    })
  return adaptChatToolCalls(head + tail)
}

/** zai-org/GLM-4 #194: a new id on every fragment of one call (index 0); ids as printed there. */
function glm4NewIdPerFragment(): string {
  const printed: Array<[id: string, args: string]> = [
    ['call_DfU25035HyRrY03K6JBO94Xf', ''],
    ['call_LEN0pThnXuYgjRcJ4HQbNLJy', '{"'],
    ['call_6bAgqnOvlFcg9mwTZ4kP7dP0', 'location'],
    ['call_aQ324OyOjQCeTHiVDLPK30it', '":'],
    ['call_nBSP2b2JVRkdRB24LacuZdZ8', ' "'],
    ['call_SaZGghO2r8g0yfrCX1iGOv2r', 'San Francisco"}'],
  ]
  const chunk = (delta: Record<string, unknown>, finish: string | null): string =>
    `data: ${JSON.stringify({
      id: 'chatcmpl-glm4-194',
      object: 'chat.completion.chunk',
      created: 1718668800,
      model: 'glm-4',
      choices: [{ index: 0, delta, finish_reason: finish }],
    })}\n\n`
  const fragments = printed.map(([id, args], n) =>
    chunk(
      {
        content: null,
        role: n === 0 ? 'assistant' : null,
        tool_calls: [
          {
            index: 0,
            id,
            function: { arguments: args, name: n === 0 ? 'get_current_weather' : null },
            type: 'function',
          },
        ],
      },
      null,
    ),
  )
  return adaptChatToolCalls(fragments.join('') + chunk({}, 'tool_calls') + 'data: [DONE]\n\n')
}

/** Qwen3-Coder on vLLM (#21571): the call written into `content`, in Qwen3-Coder's XML form. */
function qwen3CoderTextCall(): string {
  const text = recording('issue--qwen3coder-vllm-21571-text-toolcall.json')
  return text
    .replace('<function=square_the_number>', '<function=shell>')
    .replace(
      '<parameter=input_num>\\n1024\\n',
      `<parameter=command>\\n${JSON.stringify(JSON.stringify(TASK_ARGV)).slice(1, -1)}\\n`,
    )
}

const OPENROUTER_NO_ERROR = OPENROUTER_ERROR.replace(/^data: \{[^\n]*"error":\{[^\n]*\n\n/m, '')

export const CASES: readonly ProviderCase[] = [
  {
    name: 'deepseek-reasoner-toolcall',
    wire: 'chat',
    model: 'deepseek-reasoner',
    replies: [{ sse: DEEPSEEK_TOOL }, { sse: DEEPSEEK_TEXT }],
    refuse: deepseekReasoningRule,
  },
  { name: 'deepseek-chat-text', wire: 'chat', model: 'deepseek-chat', replies: [{ sse: DEEPSEEK_TEXT }] },
  {
    name: 'qwen-dashscope-toolcall',
    wire: 'chat',
    model: 'qwen3-max',
    replies: [{ sse: QWEN_TOOL }, { sse: QWEN_TEXT }],
  },
  {
    name: 'groq-llama-toolcall',
    wire: 'chat',
    model: 'llama-3.3-70b-versatile',
    replies: [
      { sse: toolChunks('aisdk--groq-tool-call.chunks.txt') },
      { sse: chunks('aisdk--groq-text.chunks.txt') },
    ],
  },
  {
    name: 'xai-grok-toolcall',
    wire: 'chat',
    model: 'grok-3-mini',
    replies: [
      { sse: toolChunks('aisdk--xai-tool-call.chunks.txt') },
      { sse: chunks('aisdk--xai-text.chunks.txt') },
    ],
  },
  { name: 'zai-glm47-thinking-text', wire: 'chat', model: 'glm-4.7', replies: [{ sse: GLM_TEXT }] },
  {
    name: 'openrouter-processing-comments',
    wire: 'chat',
    model: 'openai/gpt-4o-mini',
    replies: [{ sse: recording('pyd--openrouter-processing-comments.sse') }],
  },
  {
    name: 'openrouter-stream-error',
    wire: 'chat',
    model: 'minimax/minimax-m2:free',
    replies: [{ sse: OPENROUTER_ERROR }],
  },
  {
    name: 'openrouter-length-no-error',
    wire: 'chat',
    model: 'minimax/minimax-m2:free',
    replies: [{ sse: OPENROUTER_NO_ERROR }],
  },
  {
    name: 'groq-tool-use-failed',
    wire: 'chat',
    model: 'openai/gpt-oss-120b',
    replies: [0, 1, 2].map((n) => ({
      sse:
        n === 1
          ? adaptChatToolCalls(recording(`pyd--groq-tool-use-failed.${n}.sse`))
          : recording(`pyd--groq-tool-use-failed.${n}.sse`),
    })),
  },
  {
    name: 'glm46-vllm-whole-call',
    wire: 'chat',
    model: 'zai-org/GLM-4.6',
    replies: [
      { sse: adaptChatToolCalls(recording('issue--glm46-vllm-kubectl-ai-559.sse')) },
      { sse: GLM_TEXT },
    ],
  },
  {
    name: 'glm51-vllm-final-flush-duplicate-args',
    wire: 'chat',
    model: 'glm-5.1',
    replies: [{ sse: glm51DuplicateArgs() }, { sse: GLM_TEXT }],
  },
  {
    name: 'glm4-new-id-per-fragment',
    wire: 'chat',
    model: 'glm-4',
    replies: [{ sse: glm4NewIdPerFragment() }, { sse: GLM_TEXT }],
  },
  {
    name: 'ollama-parallel-tools',
    wire: 'chat',
    model: 'qwen2.5-coder:7b',
    replies: [{ sse: OLLAMA_TOOLS }, { sse: OLLAMA_TEXT }],
  },
  {
    name: 'ollama-parallel-no-index',
    wire: 'chat',
    model: 'qwen2.5-coder:7b',
    replies: [{ sse: OLLAMA_TOOLS.replace(/"index":[01],"type"/g, '"type"') }, { sse: OLLAMA_TEXT }],
  },
  {
    name: 'qwen3coder-vllm-text-toolcall',
    wire: 'chat',
    model: 'Qwen3-Coder',
    replies: [{ json: qwen3CoderTextCall() }, { sse: QWEN_TEXT }],
  },
  {
    name: 'framing-crlf',
    wire: 'chat',
    model: 'qwen3-max',
    replies: [{ sse: QWEN_TOOL.replaceAll('\n', '\r\n') }, { sse: QWEN_TEXT.replaceAll('\n', '\r\n') }],
  },
  {
    name: 'framing-keepalive-no-done',
    wire: 'chat',
    model: 'deepseek-reasoner',
    replies: [DEEPSEEK_TOOL, DEEPSEEK_TEXT].map((sse) => ({
      sse: ': keep-alive\n\n'.repeat(3) + sse.replace('data: [DONE]\n\n', ''),
    })),
    refuse: deepseekReasoningRule,
  },
  {
    name: 'lmstudio-responses-toolcall',
    wire: 'responses',
    model: 'zai-org/glm-4.7-flash',
    replies: [
      { sse: adaptResponsesToolCalls(chunks('aisdk--lmstudio-tool-call.1.chunks.txt')) },
      { sse: chunks('aisdk--lmstudio-basic.1.chunks.txt') },
    ],
  },
  {
    name: 'deepseek-responses-toolcall',
    wire: 'responses',
    model: 'deepseek-v4-flash',
    replies: [
      { sse: adaptResponsesToolCalls(recording('pyd--deepseek-responses-tool.sse')) },
      { sse: recording('pyd--deepseek-responses-text.sse') },
    ],
  },
  { name: 'glm-1113-balance', wire: 'chat', model: 'glm-4.6', replies: [error('glm-1113-balance')] },
  {
    name: 'glm-1302-concurrency',
    wire: 'chat',
    model: 'glm-4.7',
    replies: [error('glm-1302-concurrency'), { sse: GLM_TEXT }],
  },
  {
    name: 'glm-1305-overloaded',
    wire: 'chat',
    model: 'glm-4.6',
    replies: [error('glm-1305-overloaded'), { sse: GLM_TEXT }],
  },
  { name: 'glm-1308-5h-cap', wire: 'chat', model: 'glm-4.6', replies: [error('glm-1308-5h-cap')] },
  {
    name: 'modelscope-429-request-limit',
    wire: 'chat',
    model: 'Qwen/Qwen3-Coder-480B-A35B-Instruct',
    replies: [error('modelscope-429-request-limit'), { sse: QWEN_TEXT }],
  },
  {
    name: 'modelscope-429-insufficient-balance',
    wire: 'chat',
    model: 'MiniMax/MiniMax-M2.7',
    replies: [error('modelscope-429-insufficient-balance')],
  },
  {
    name: 'deepseek-402-balance',
    wire: 'chat',
    model: 'deepseek-chat',
    replies: [error('deepseek-402-balance')],
  },
  {
    name: 'vllm-400-auto-tool-choice',
    wire: 'chat',
    model: 'Qwen/Qwen3-Coder-30B-A3B-Instruct',
    replies: [error('vllm-400-auto-tool-choice')],
  },
  {
    name: 'openai-400-parallel-tool-calls',
    wire: 'responses',
    model: 'o4-mini',
    replies: [error('openai-400-parallel-tool-calls-unsupported')],
  },
]

export function providerCase(name: string): ProviderCase {
  const found = CASES.find((candidate) => candidate.name === name)
  if (!found) throw new Error(`no provider case named ${name}`)
  return found
}

export { TASK_ARGUMENTS, TASK_ARGV }
