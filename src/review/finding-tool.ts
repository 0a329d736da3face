// `report_finding`: how the model hands over a review finding — a file, a line range, a severity
// and the text — instead of prose the harness would have to guess from. Findings are collected;
// where each one goes (an inline comment or the summary) is decided after the run (findings.ts).
import { invalid, parseJsonObject } from '../tools/args.js'
import type { Tool } from '../tools/types.js'
import type { Side } from './diff-lines.js'

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const
export type Severity = (typeof SEVERITIES)[number]

export interface Finding {
  file: string
  line: number
  startLine?: number | undefined
  side: Side
  severity: Severity
  body: string
  /** Replacement text for lines start_line..line (RIGHT side only), shown as a suggestion. */
  suggestion?: string | undefined
}

export const FINDING_TOOL_NAME = 'report_finding'

const EXAMPLE =
  '{"file":"src/date.js","line":12,"severity":"high","body":"getMonth() is zero-based, so every date is a month early.","suggestion":"  const month = date.getUTCMonth() + 1"}'

/** One finding per call; the tool keeps them in `findings`, in the order reported. */
export function createFindingTool(findings: Finding[]): Tool<Finding> {
  return {
    spec: {
      name: FINDING_TOOL_NAME,
      description:
        'Report one review finding on the pull request. Call it once per problem. `line` (and `start_line` for a range) are line numbers in the new version of the file (side RIGHT) or, for removed lines, the old version (side LEFT). Give `suggestion` only for a small fix: the exact replacement text for lines start_line..line.',
      parameters: {
        type: 'object',
        properties: {
          file: { type: 'string', description: 'Path relative to the repository root.' },
          start_line: { type: 'integer', description: 'First line of a multi-line range.' },
          line: { type: 'integer', description: 'The (last) line the finding is about.' },
          side: { type: 'string', enum: ['RIGHT', 'LEFT'] },
          severity: { type: 'string', enum: [...SEVERITIES] },
          body: { type: 'string', description: 'What is wrong and why, in Markdown.' },
          suggestion: { type: 'string', description: 'Replacement text for the lines, without fences.' },
        },
        required: ['file', 'line', 'severity', 'body'],
        additionalProperties: false,
      },
    },

    parse(rawArguments) {
      const parsed = parseJsonObject(rawArguments, FINDING_TOOL_NAME, EXAMPLE)
      if (!parsed.ok) return parsed
      const args = parsed.args
      const bad = (problem: string) => invalid(FINDING_TOOL_NAME, problem, EXAMPLE)
      if (typeof args.file !== 'string' || args.file.trim() === '') return bad('`file` must be a path')
      if (!isLine(args.line)) return bad('`line` must be a positive integer')
      if (args.start_line !== undefined && !isLine(args.start_line))
        return bad('`start_line` must be a positive integer when given')
      if (args.side !== undefined && args.side !== 'RIGHT' && args.side !== 'LEFT')
        return bad('`side` must be RIGHT or LEFT')
      if (typeof args.severity !== 'string' || !(SEVERITIES as readonly string[]).includes(args.severity))
        return bad(`\`severity\` must be one of ${SEVERITIES.join(', ')}`)
      if (typeof args.body !== 'string' || args.body.trim() === '') return bad('`body` must be text')
      if (args.suggestion !== undefined && typeof args.suggestion !== 'string')
        return bad('`suggestion` must be a string when given')
      const startLine = isLine(args.start_line) && args.start_line < args.line ? args.start_line : undefined
      return {
        ok: true,
        args: {
          file: args.file.trim().replace(/^\.?\//, ''),
          line: args.line,
          startLine,
          side: args.side === 'LEFT' ? 'LEFT' : 'RIGHT',
          severity: args.severity as Severity,
          body: args.body.trim(),
          suggestion: typeof args.suggestion === 'string' ? args.suggestion : undefined,
        },
      }
    },

    async run(finding) {
      findings.push(finding)
      return { output: `Finding ${findings.length} recorded.`, error: undefined }
    },
  }
}

function isLine(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0
}
