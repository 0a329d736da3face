// update_plan: the model's checklist. The harness shows it (events, tracking comment); the model
// gets a short acknowledgement so the tool costs almost nothing per turn.
import { invalid, parseJsonObject } from './args.js'
import type { Tool } from './types.js'

export type PlanStatus = 'pending' | 'in_progress' | 'completed'

export interface PlanArgs {
  explanation?: string | undefined
  plan: { step: string; status: PlanStatus }[]
}

const EXAMPLE =
  '{"plan":[{"step":"Reproduce the failure","status":"in_progress"},{"step":"Fix it","status":"pending"}]}'
const STATUSES: readonly string[] = ['pending', 'in_progress', 'completed']

export const updatePlanTool: Tool<PlanArgs> = {
  spec: {
    name: 'update_plan',
    description:
      'Record the task plan: steps with status pending, in_progress or completed (at most one in_progress).',
    parameters: {
      type: 'object',
      properties: {
        explanation: { type: 'string' },
        plan: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              step: { type: 'string' },
              status: { type: 'string', enum: ['pending', 'in_progress', 'completed'] },
            },
            required: ['step', 'status'],
            additionalProperties: false,
          },
        },
      },
      required: ['plan'],
      additionalProperties: false,
    },
  },

  parse(rawArguments) {
    const parsed = parseJsonObject(rawArguments, 'update_plan', EXAMPLE)
    if (!parsed.ok) return parsed
    const { plan, explanation } = parsed.args
    if (!Array.isArray(plan))
      return invalid('update_plan', '`plan` must be an array of {step, status}', EXAMPLE)
    const steps: PlanArgs['plan'] = []
    for (const [index, entry] of plan.entries()) {
      const record = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>
      if (
        typeof record.step !== 'string' ||
        typeof record.status !== 'string' ||
        !STATUSES.includes(record.status)
      ) {
        return invalid(
          'update_plan',
          `plan[${index}] needs a string \`step\` and a \`status\` of ${STATUSES.join(', ')}`,
          EXAMPLE,
        )
      }
      steps.push({ step: record.step, status: record.status as PlanStatus })
    }
    if (explanation !== undefined && typeof explanation !== 'string') {
      return invalid('update_plan', '`explanation` must be a string when given', EXAMPLE)
    }
    return { ok: true, args: { explanation, plan: steps } }
  },

  async run(args, context) {
    return {
      output: 'Plan updated',
      error: undefined,
      item: {
        id: context.itemId,
        type: 'todo_list',
        items: args.plan.map((entry) => ({ text: entry.step, completed: entry.status === 'completed' })),
      },
    }
  },
}
