// The action's outputs (action.yml) from the final report: every name always set, empty when it
// does not apply, so a workflow can test `steps.codex.outputs.x != ''` without guessing.
import type { Redactor } from '../common/redact.js'
import type { FinalReport } from './render.js'

export const OUTPUT_NAMES = [
  'conclusion',
  'final-message',
  'branch',
  'commit-sha',
  'pull-request-number',
  'pull-request-url',
  'pull-request-operation',
  'comment-url',
  'changed-files',
  'turns',
  'input-tokens',
  'cached-input-tokens',
  'output-tokens',
  'cost-usd',
  'review-url',
  'findings',
  'structured-output',
] as const

export type OutputName = (typeof OUTPUT_NAMES)[number]

/** `redactor`, when given, scrubs the model-written final message (outputs end up in logs). */
export function actionOutputs(
  report: FinalReport & { commentUrl?: string | undefined; commitSha?: string | undefined },
  redactor?: Redactor,
): Record<OutputName, string> {
  const pull = report.pullRequest
  return {
    conclusion: report.conclusion,
    'final-message': redactor ? redactor.redact(report.message) : report.message,
    branch: report.branch?.name ?? '',
    'commit-sha': report.commitSha ?? '',
    'pull-request-number': pull ? String(pull.number) : '',
    'pull-request-url': pull?.url ?? '',
    'pull-request-operation': pull?.operation ?? 'none',
    'comment-url': report.commentUrl ?? '',
    'changed-files': (report.changedFiles ?? []).map((file) => file.path).join('\n'),
    turns: String(report.turns),
    'input-tokens': String(report.usage.inputTokens),
    'cached-input-tokens': String(report.usage.cachedInputTokens),
    'output-tokens': String(report.usage.outputTokens),
    'cost-usd':
      report.costUsd === undefined || !Number.isFinite(report.costUsd) ? '' : report.costUsd.toFixed(6),
    'review-url': report.review?.url ?? '',
    // Counts by severity as one JSON object: `fromJSON(steps.codex.outputs.findings).high`.
    findings: report.review ? JSON.stringify(report.review.findings) : '',
    'structured-output': report.structuredOutput ?? '',
  }
}
