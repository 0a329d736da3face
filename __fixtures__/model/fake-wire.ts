// What the fake model sends back, shaped as the real APIs shape it: Responses stream events and
// response objects, Chat Completions chunks and completions. Text and tool-call arguments are split
// over several events, as real servers split them, so clients must reassemble them.

export interface FakeCall {
  id: string
  name: string
  /** The JSON arguments, or a custom call's raw input. */
  arguments: string
  kind?: 'function' | 'custom' | undefined
  namespace?: string | undefined
}

export interface FakeUsage {
  input: number
  cached: number
  output: number
  reasoning: number
  /** Prompt tokens written to the provider's cache; sent only when scripted (most servers omit it). */
  cacheWrite?: number | undefined
}

export interface FakeTurn {
  /** Counter shared by the server, so ids stay unique across requests. */
  serial: number
  model: string
  text: string
  reasoning: string
  /** Only when the request asked for `reasoning.encrypted_content`. */
  encryptedReasoning: string | undefined
  calls: FakeCall[]
  usage: FakeUsage
}

export interface SseEvent {
  event?: string
  data: unknown
}

/** Splits into up to `parts` non-empty pieces (fewer for short strings). */
export function pieces(text: string, parts = 3): string[] {
  if (text.length <= 1) return text === '' ? [] : [text]
  const size = Math.max(1, Math.ceil(text.length / parts))
  const result: string[] = []
  for (let start = 0; start < text.length; start += size) result.push(text.slice(start, start + size))
  return result
}

const nowSeconds = (): number => Math.floor(Date.now() / 1000)

// ---- Responses API -------------------------------------------------------------------------

function responsesUsage(usage: FakeUsage): Record<string, unknown> {
  return {
    input_tokens: usage.input,
    input_tokens_details: {
      cached_tokens: usage.cached,
      ...(usage.cacheWrite === undefined ? {} : { cache_write_tokens: usage.cacheWrite }),
    },
    output_tokens: usage.output,
    output_tokens_details: { reasoning_tokens: usage.reasoning },
    total_tokens: usage.input + usage.output,
  }
}

function responsesOutput(turn: FakeTurn): Record<string, unknown>[] {
  const output: Record<string, unknown>[] = []
  if (turn.reasoning) {
    output.push({
      id: `rs_${turn.serial}`,
      type: 'reasoning',
      summary: [{ type: 'summary_text', text: turn.reasoning }],
      ...(turn.encryptedReasoning ? { encrypted_content: turn.encryptedReasoning } : {}),
    })
  }
  if (turn.text) {
    output.push({
      id: `msg_${turn.serial}`,
      type: 'message',
      status: 'completed',
      role: 'assistant',
      content: [{ type: 'output_text', text: turn.text, annotations: [], logprobs: [] }],
    })
  }
  turn.calls.forEach((call, index) => {
    if (call.kind === 'custom') {
      output.push({
        id: `ctc_${turn.serial}_${index}`,
        type: 'custom_tool_call',
        status: 'completed',
        call_id: call.id,
        name: call.name,
        input: call.arguments,
      })
      return
    }
    output.push({
      id: `fc_${turn.serial}_${index}`,
      type: 'function_call',
      status: 'completed',
      call_id: call.id,
      ...(call.namespace === undefined ? {} : { namespace: call.namespace }),
      name: call.name,
      arguments: call.arguments,
    })
  })
  return output
}

export function responsesObject(
  turn: FakeTurn,
  status: 'in_progress' | 'completed',
): Record<string, unknown> {
  const done = status === 'completed'
  return {
    id: `resp_${turn.serial}`,
    object: 'response',
    created_at: nowSeconds(),
    status,
    model: turn.model,
    output: done ? responsesOutput(turn) : [],
    usage: done ? responsesUsage(turn.usage) : null,
    error: null,
    incomplete_details: null,
    parallel_tool_calls: false,
    store: false,
  }
}

/** The events of one streamed response, in the order the Responses API sends them. */
export function responsesEvents(turn: FakeTurn): SseEvent[] {
  const events: SseEvent[] = []
  const push = (type: string, fields: Record<string, unknown>): void => {
    events.push({ event: type, data: { type, sequence_number: events.length, ...fields } })
  }
  push('response.created', { response: responsesObject(turn, 'in_progress') })
  push('response.in_progress', { response: responsesObject(turn, 'in_progress') })
  responsesOutput(turn).forEach((item, outputIndex) => {
    const itemId = item.id
    const base = { item_id: itemId, output_index: outputIndex }
    if (item.type === 'reasoning') {
      push('response.output_item.added', { output_index: outputIndex, item: { ...item, summary: [] } })
      push('response.reasoning_summary_part.added', {
        ...base,
        summary_index: 0,
        part: { type: 'summary_text', text: '' },
      })
      for (const delta of pieces(turn.reasoning)) {
        push('response.reasoning_summary_text.delta', { ...base, summary_index: 0, delta })
      }
      push('response.reasoning_summary_text.done', { ...base, summary_index: 0, text: turn.reasoning })
      push('response.reasoning_summary_part.done', {
        ...base,
        summary_index: 0,
        part: { type: 'summary_text', text: turn.reasoning },
      })
    } else if (item.type === 'message') {
      push('response.output_item.added', {
        output_index: outputIndex,
        item: { ...item, status: 'in_progress', content: [] },
      })
      const emptyPart = { type: 'output_text', text: '', annotations: [] }
      push('response.content_part.added', { ...base, content_index: 0, part: emptyPart })
      for (const delta of pieces(turn.text, 4)) {
        push('response.output_text.delta', { ...base, content_index: 0, delta, logprobs: [] })
      }
      push('response.output_text.done', { ...base, content_index: 0, text: turn.text, logprobs: [] })
      push('response.content_part.done', {
        ...base,
        content_index: 0,
        part: { ...emptyPart, text: turn.text },
      })
    } else if (item.type === 'custom_tool_call') {
      const input = String(item.input)
      push('response.output_item.added', {
        output_index: outputIndex,
        item: { ...item, status: 'in_progress', input: '' },
      })
      for (const delta of pieces(input)) push('response.custom_tool_call_input.delta', { ...base, delta })
      push('response.custom_tool_call_input.done', { ...base, input })
    } else {
      const args = String(item.arguments)
      push('response.output_item.added', {
        output_index: outputIndex,
        item: { ...item, status: 'in_progress', arguments: '' },
      })
      for (const delta of pieces(args)) push('response.function_call_arguments.delta', { ...base, delta })
      push('response.function_call_arguments.done', { ...base, arguments: args })
    }
    push('response.output_item.done', { output_index: outputIndex, item })
  })
  push('response.completed', { response: responsesObject(turn, 'completed') })
  return events
}

/** The first events of a response, for a stream that is cut mid-way. */
export function responsesPartialEvents(turn: FakeTurn): SseEvent[] {
  return [
    {
      event: 'response.created',
      data: { type: 'response.created', sequence_number: 0, response: responsesObject(turn, 'in_progress') },
    },
    {
      event: 'response.output_text.delta',
      data: {
        type: 'response.output_text.delta',
        sequence_number: 1,
        item_id: `msg_${turn.serial}`,
        output_index: 0,
        content_index: 0,
        delta: 'Partial ans',
      },
    },
  ]
}

// ---- Chat Completions ----------------------------------------------------------------------

function chatUsage(usage: FakeUsage): Record<string, unknown> {
  return {
    prompt_tokens: usage.input,
    completion_tokens: usage.output,
    total_tokens: usage.input + usage.output,
    prompt_tokens_details: {
      cached_tokens: usage.cached,
      ...(usage.cacheWrite === undefined ? {} : { cache_write_tokens: usage.cacheWrite }),
      audio_tokens: 0,
    },
    completion_tokens_details: { reasoning_tokens: usage.reasoning, audio_tokens: 0 },
  }
}

const finishReason = (turn: FakeTurn): string => (turn.calls.length > 0 ? 'tool_calls' : 'stop')

/** The chunks of one streamed completion; a usage chunk last when `include_usage` was asked. */
export function chatChunks(turn: FakeTurn, includeUsage: boolean): unknown[] {
  const base = {
    id: `chatcmpl-${turn.serial}`,
    object: 'chat.completion.chunk',
    created: nowSeconds(),
    model: turn.model,
  }
  const chunk = (delta: Record<string, unknown>, finish: string | null = null): unknown => ({
    ...base,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    ...(includeUsage ? { usage: null } : {}),
  })
  const chunks: unknown[] = [chunk({ role: 'assistant', content: '' })]
  for (const piece of pieces(turn.reasoning)) chunks.push(chunk({ reasoning_content: piece }))
  for (const piece of pieces(turn.text, 4)) chunks.push(chunk({ content: piece }))
  turn.calls.forEach((call, index) => {
    const opening = { index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }
    chunks.push(chunk({ tool_calls: [opening] }))
    for (const piece of pieces(call.arguments)) {
      chunks.push(chunk({ tool_calls: [{ index, function: { arguments: piece } }] }))
    }
  })
  chunks.push(chunk({}, finishReason(turn)))
  if (includeUsage) chunks.push({ ...base, choices: [], usage: chatUsage(turn.usage) })
  return chunks
}

export function chatPartialChunks(turn: FakeTurn): unknown[] {
  const base = {
    id: `chatcmpl-${turn.serial}`,
    object: 'chat.completion.chunk',
    created: nowSeconds(),
    model: turn.model,
  }
  return [
    { ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] },
    { ...base, choices: [{ index: 0, delta: { content: 'Partial ans' }, finish_reason: null }] },
  ]
}

export function chatCompletion(turn: FakeTurn): Record<string, unknown> {
  const message: Record<string, unknown> = { role: 'assistant', content: turn.text || null, refusal: null }
  if (turn.reasoning) message.reasoning_content = turn.reasoning
  if (turn.calls.length > 0) {
    message.tool_calls = turn.calls.map((call) => ({
      id: call.id,
      type: 'function',
      function: { name: call.name, arguments: call.arguments },
    }))
  }
  return {
    id: `chatcmpl-${turn.serial}`,
    object: 'chat.completion',
    created: nowSeconds(),
    model: turn.model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason(turn) }],
    usage: chatUsage(turn.usage),
  }
}
