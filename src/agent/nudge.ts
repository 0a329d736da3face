// What a model turn without a tool call means. Usually the final answer; but a turn cut off at the
// output limit, an empty turn, or a call written as text (that the adapter could not recover) is
// not an answer, and ending the run there would report "completed" with nothing done. Such a turn
// gets a note telling the model what went wrong, a bounded number of times in a row.
import type { ModelResponse } from '../model/types.js'

/** Notes in a row before the run fails instead. */
export const MAX_NUDGES = 2

export interface Nudge {
  /** Told to the model as a user message. */
  note: string
  /** The run's failure reason when the notes are used up. */
  failure: string
}

// Markers of a call written into the text: Hermes/Qwen `<tool_call>`, Qwen3-Coder `<function=`,
// GLM `<arg_key>`, or a JSON object naming a function.
const CALL_AS_TEXT = /<tool_call>|<function=|<arg_key>|^\s*(?:```\w*\s*)?\{\s*"(?:name|function)"\s*:/

/** Added to a final answer that was cut off at the output limit: it is kept, but flagged. */
export const CUT_OFF_NOTE =
  'The model\'s final reply was cut off at its output token limit (finish_reason "length"); it is incomplete.'

/** Undefined when the turn is a real final answer (possibly cut off: see CUT_OFF_NOTE). */
export function nudgeFor(response: ModelResponse): Nudge | undefined {
  const text = response.items
    .filter((item) => item.type === 'message' && item.role === 'assistant')
    .map((item) => (item.type === 'message' ? item.content : ''))
    .join('\n')
    .trim()
  if (response.truncated && text === '') {
    return {
      note: 'Your last reply was cut off at the output token limit before it finished, so nothing in it was run. Continue the task with a shorter reply: call one tool at a time and keep explanations brief.',
      failure: `the model's reply was cut off at its output token limit (finish_reason "length") ${MAX_NUDGES + 1} times in a row; use a model with a larger output limit or a smaller task`,
    }
  }
  if (CALL_AS_TEXT.test(text)) {
    return {
      note: 'You wrote a tool call as text in your reply, so it was not run. Call tools through the function-calling interface (tool_calls), not in the message text.',
      failure: `the model kept writing tool calls as text instead of calling tools (${MAX_NUDGES + 1} turns in a row); check that the server parses this model's tool calls (for vLLM, the --tool-call-parser for the model)`,
    }
  }
  if (text === '') {
    return {
      note: 'Your last turn had neither a tool call nor an answer. Call a tool to continue the task, or reply with your final answer.',
      failure: `the model answered with neither a tool call nor any text ${MAX_NUDGES + 1} times in a row`,
    }
  }
  return undefined
}
