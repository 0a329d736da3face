// A run whose final message must be JSON matching a schema: the schema goes to the model (as the
// response format on `responses`, as instructions on `chat`), the answer is validated, and an
// invalid one gets exactly one more turn naming the errors. Still invalid: the run fails, with
// the validation errors as its reason, so nothing downstream takes prose for data. A valid answer
// is the result's `structuredOutput`.
import { runAgent } from './loop.js'
import type { AgentOptions, AgentResult } from './loop.js'
import { addUsage } from './budgets.js'
import { schemaInstructions } from '../config/output-schema.js'
import type { OutputSchema } from '../config/output-schema.js'

export async function runAgentWithSchema(
  options: AgentOptions,
  schema: OutputSchema | undefined,
): Promise<AgentResult> {
  if (schema === undefined) return runAgent(options)
  const instructed = options.model.info.wireApi === 'responses' ? '' : `\n\n${schemaInstructions(schema)}`
  const first = await runAgent({ ...options, task: `${options.task}${instructed}`, outputSchema: schema })
  if (first.status !== 'completed') return first
  const checked = schema.check(first.finalMessage)
  if (checked.ok) return { ...first, structuredOutput: checked.json }
  const note = `Your final message does not match the required JSON Schema (${schema.source}): ${checked.errors}. Answer again with only the JSON value.`
  const retry = await runAgent({
    ...options,
    outputSchema: schema,
    resume: { history: first.transcript ?? [], note },
    budgets: { ...options.budgets, maxTurns: Math.max(1, options.budgets.maxTurns - first.turns) },
  })
  const combined = combine(first, retry)
  if (retry.status !== 'completed') return combined
  const again = schema.check(retry.finalMessage)
  if (again.ok) return { ...combined, structuredOutput: again.json }
  const reason = `the final message does not match the output schema (${schema.source}) after one retry: ${again.errors}`
  return { ...combined, status: 'failed', reason, finalMessage: `Failed: ${reason}\n\n${retry.finalMessage}` }
}

/** The retry's result, counting both runs' turns, usage and commands. */
function combine(first: AgentResult, retry: AgentResult): AgentResult {
  return {
    ...retry,
    turns: first.turns + retry.turns,
    modelRequests: first.modelRequests + retry.modelRequests,
    usage: addUsage(first.usage, retry.usage),
    costUsd:
      first.costUsd === undefined || retry.costUsd === undefined ? undefined : first.costUsd + retry.costUsd,
    commands: [...first.commands, ...retry.commands],
    durationMs: first.durationMs + retry.durationMs,
  }
}
