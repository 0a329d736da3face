// `output-schema` / `exec --output-schema`: the final message requested and checked as JSON
// against a JSON Schema, as Codex does. The schema is compiled once (ajv; draft 2020-12 when the
// schema says so, else draft-07), and a final message is accepted only when it parses and
// validates; the errors are named in words a user can act on.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { ErrorObject, ValidateFunction } from 'ajv'
import { errorMessage } from '../common/errors.js'

export interface OutputSchema {
  /** The schema as given, sent to the model (Responses `text.format`) or quoted in the task. */
  schema: Record<string, unknown>
  /** Where it came from, for messages: a file path or "inline JSON". */
  source: string
  check(message: string): SchemaCheck
}

export type SchemaCheck = { ok: true; json: string } | { ok: false; errors: string }

export class OutputSchemaError extends Error {}

/** `spec` is inline JSON (starts with `{`) or a path relative to `baseDir`. */
export async function readOutputSchema(spec: string, baseDir: string): Promise<OutputSchema> {
  const text = spec.trim()
  if (text.startsWith('{')) return compileOutputSchema(parseJson(text, 'the inline JSON'), 'inline JSON')
  const file = path.resolve(baseDir, text)
  let content: string
  try {
    content = await readFile(file, 'utf8')
  } catch (error) {
    const why = error instanceof Error && 'code' in error ? String(error.code) : String(error)
    throw new OutputSchemaError(
      `cannot read the JSON Schema file ${file} (${why}); give a path or inline JSON`,
    )
  }
  return compileOutputSchema(parseJson(content, file), text)
}

/** Compiled with ajv, loaded here and only here: a run without a schema never pays for it. */
export async function compileOutputSchema(schema: unknown, source: string): Promise<OutputSchema> {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema))
    throw new OutputSchemaError(`${source} is not a JSON Schema object`)
  const record = schema as Record<string, unknown>
  const draft2020 = String(record.$schema ?? '').includes('2020-12')
  const ajv = draft2020
    ? new (await import('ajv/dist/2020.js')).Ajv2020({ allErrors: true, strict: false })
    : new (await import('ajv')).Ajv({ allErrors: true, strict: false })
  let validate: ValidateFunction
  try {
    validate = ajv.compile(record)
  } catch (error) {
    throw new OutputSchemaError(`${source} is not a valid JSON Schema: ${errorMessage(error)}`)
  }
  return {
    schema: record,
    source,
    check(message) {
      let value: unknown
      try {
        value = JSON.parse(withoutFence(message))
      } catch (error) {
        return { ok: false, errors: `not JSON (${errorMessage(error)})` }
      }
      if (validate(value)) return { ok: true, json: JSON.stringify(value) }
      return { ok: false, errors: describeErrors(validate.errors ?? []) }
    },
  }
}

/** "/items/0/name must be string; (root) must have required property 'total'". */
export function describeErrors(errors: readonly ErrorObject[]): string {
  return errors
    .slice(0, 10)
    .map((error) => `${error.instancePath || '(root)'} ${error.message ?? 'is invalid'}`)
    .join('; ')
}

/** The instructions for models that cannot be sent the schema as a response format. */
export function schemaInstructions(schema: OutputSchema): string {
  return [
    'Your final message must be only a JSON value that matches this JSON Schema: no prose before or after it, no code fence.',
    JSON.stringify(schema.schema, null, 2),
  ].join('\n')
}

/** A model may wrap the JSON in one fenced block despite the instructions; that much is forgiven. */
function withoutFence(text: string): string {
  const fenced = /^\s*```[a-zA-Z]*\n([\s\S]*?)\n```\s*$/.exec(text)
  return (fenced?.[1] ?? text).trim()
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new OutputSchemaError(
      `${where} is not JSON (${error instanceof Error ? error.message : String(error)})`,
    )
  }
}
