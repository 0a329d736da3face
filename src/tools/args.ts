// Shared argument parsing for tools: one place that turns a model's raw JSON into a typed object
// or a message telling the model exactly what to send instead.
import type { ParseResult } from './types.js'
import { errorMessage } from '../common/errors.js'

export function parseJsonObject(
  rawArguments: string,
  toolName: string,
  example: string,
): ParseResult<Record<string, unknown>> {
  let value: unknown
  try {
    value = JSON.parse(rawArguments === '' ? '{}' : rawArguments)
  } catch (error) {
    const reason = errorMessage(error)
    return {
      ok: false,
      error: `${toolName}: the arguments are not valid JSON (${reason}). Send a JSON object such as ${example}.`,
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: `${toolName}: the arguments must be a JSON object such as ${example}.` }
  }
  return { ok: true, args: value as Record<string, unknown> }
}

export function invalid(toolName: string, problem: string, example: string): { ok: false; error: string } {
  return { ok: false, error: `${toolName}: ${problem}. Example: ${example}.` }
}
