// What the action says on GitHub, as pure Markdown renderers: the tracking comment while working,
// the final report, a refusal, `/codex status`, an answer, and the step summary. Short and
// scannable: a headline with the conclusion, the message, links, then a one-line footer. Hidden
// markers are comments.ts's business; redaction happens where bodies are posted.
import type { Usage } from '../model/types.js'
import { clamp, codeBlock, codeSpan, oneLine, tableCell, tameModelText } from '../github/markdown.js'
import { footerLine } from './footer.js'
import type { FooterFacts } from './footer.js'

export type Conclusion =
  | 'success'
  | 'no-changes'
  | 'answered'
  | 'reviewed'
  | 'refused'
  | 'skipped'
  | 'budget-exhausted'
  | 'awaiting-approval'
  | 'failed'
  | 'cancelled'

import { partialSection, sessionsSection } from './sessions.js'
import type { PartialWork } from './sessions.js'
import type { SessionSummary } from '../github/types.js'

export interface FinalReport {
  conclusion: Conclusion
  /** The agent's final message, or the failure text. */
  message: string
  /** Why the run did not complete (failed, budget, refused, cancelled). */
  reason?: string | undefined
  branch?: { name: string; url: string } | undefined
  pullRequest?: { number: number; url: string; operation: 'created' | 'updated' | 'none' } | undefined
  changedFiles?: { path: string; additions: number; deletions: number }[] | undefined
  /** Files the harness did not publish, and why (e.g. workflow files without the permission). */
  leftOut?: { path: string; reason: string }[] | undefined
  commands?: { command: string; exitCode: number | null; status: string }[] | undefined
  durationMs: number
  turns: number
  usage: Usage
  costUsd?: number | undefined
  runUrl: string
  /** Things the reader should know, e.g. that the run had danger-full-access. */
  warnings?: string[] | undefined
  /** A run paused for approval (conclusion `awaiting-approval`): what to approve, and how. */
  approval?: ApprovalRequest | undefined
  /** A run that stopped before the task was done: what was kept, what is left, how to go on. */
  partial?: PartialWork | undefined
  /** The pull-request review posted (conclusion `reviewed`), with its findings by severity. */
  review?: { url: string; findings: Record<string, number> } | undefined
  /** The final message as JSON validated against `output-schema`, when one was asked for. */
  structuredOutput?: string | undefined
}

export interface ApprovalRequest {
  /** Each command exactly as it would run (shell-quoted argv), with why it needs approval. */
  commands: { command: string; justification: string }[]
  /** The reply that approves them, e.g. `/codex approve`; undefined when the run cannot resume. */
  reply: string | undefined
  /** A line about the saved state, e.g. that it could not be saved. */
  note?: string | undefined
}

export interface StatusReport {
  provider: string
  model: string
  baseUrlHost: string
  wireApi: string
  sandbox: string
  version: string
  check: { ok: boolean; latencyMs?: number | undefined; error?: string | undefined }
  /** The repository's saved sessions (closed ones already pruned); a string when they could not be read. */
  sessions?: SessionSummary[] | string | undefined
}

export interface PlanStep {
  text: string
  completed: boolean
}

const HEADLINES: Record<Conclusion, string> = {
  success: '✅ Done',
  'no-changes': '✅ Done — no changes were needed',
  answered: '💬 Answered',
  reviewed: '🔎 Reviewed',
  refused: '🚫 Not run',
  skipped: '⏭️ Skipped',
  'budget-exhausted': '⏱️ Stopped: a budget ran out',
  'awaiting-approval': '⏸️ Waiting for approval',
  failed: '❌ Failed',
  cancelled: '🛑 Cancelled',
}

/** Room left for the message so the whole comment stays well under GitHub's 65,536 characters. */
const MAX_MESSAGE_CHARS = 40_000
const MAX_TASK_CHARS = 200

export function renderWorking(input: {
  runUrl: string
  task: string
  plan?: PlanStep[] | undefined
}): string {
  const lines = [`### ⏳ Working on it… [view the run](${input.runUrl})`]
  const task = oneLine(input.task, MAX_TASK_CHARS)
  if (task !== '') lines.push('', `> ${tameModelText(task)}`)
  if (input.plan && input.plan.length > 0) lines.push('', checklist(input.plan))
  return lines.join('\n')
}

export function renderFinal(report: FinalReport): string {
  const sections = [`### ${HEADLINES[report.conclusion]}`]
  if (report.reason) sections.push(`**Why:** ${tameModelText(oneLine(report.reason, 1000))}`)
  const message = report.message.trim()
  if (message !== '') {
    sections.push(
      clamp(tameModelText(message), MAX_MESSAGE_CHARS, 'message truncated; the run log has all of it'),
    )
  }
  const links = linksLine(report)
  if (links) sections.push(links)
  const files = changedFilesSection(report)
  if (files) sections.push(files)
  if (report.approval) sections.push(approvalSection(report.approval))
  if (report.partial) sections.push(partialSection(report.partial))
  for (const warning of report.warnings ?? []) sections.push(`> [!WARNING]\n> ${oneLine(warning, 500)}`)
  sections.push(footerLine(footerFacts(report)))
  return sections.join('\n\n')
}

function approvalSection(approval: ApprovalRequest): string {
  const lines = [renderApprovalRequest(approval.commands, approval.reply)]
  if (approval.note) lines.push('', `> ${oneLine(approval.note, 500)}`)
  return lines.join('\n')
}

/**
 * The commands awaiting approval and the reply that approves them, exactly as the paused comment
 * shows them: `/codex approve` checks that the comment holds this text for the state it resumes.
 */
export function renderApprovalRequest(
  commands: ApprovalRequest['commands'],
  reply: string | undefined,
): string {
  const items = commands.map(
    (entry, index) =>
      `${index + 1}. ${tameModelText(oneLine(entry.justification, 500))}\n\n${indentBlock(codeBlock(entry.command))}`,
  )
  const lines = [`**Waiting for approval:**`, items.join('\n'), '']
  if (reply !== undefined)
    lines.push(`Reply ${codeSpan(reply)} to run them once (needs write permission on the repository).`)
  return lines.join('\n')
}

function indentBlock(text: string): string {
  return text
    .split('\n')
    .map((line) => `   ${line}`)
    .join('\n')
}

export function renderRefusal(reason: string, runUrl: string): string {
  return `🚫 I did not run this: ${tameModelText(oneLine(reason, 1000))}\n\n<sub>[view the run](${runUrl})</sub>`
}

export function renderStatus(status: StatusReport): string {
  const check = status.check.ok
    ? `✅ the model answered${status.check.latencyMs === undefined ? '' : ` in ${status.check.latencyMs} ms`}`
    : `❌ ${oneLine(status.check.error ?? 'the model call failed', 500)}`
  const rows: [string, string][] = [
    ['Provider', codeSpan(status.provider)],
    ['Model', codeSpan(status.model)],
    ['Base URL host', codeSpan(status.baseUrlHost)],
    ['Wire API', codeSpan(status.wireApi)],
    ['Sandbox', codeSpan(status.sandbox)],
    ['Version', codeSpan(status.version)],
    ['Model check', check],
  ]
  const table = ['| | |', '|---|---|', ...rows.map(([name, value]) => `| ${name} | ${tableCell(value)} |`)]
  const sections = [`### 🩺 Codex status`, table.join('\n')]
  if (status.sessions !== undefined) sections.push(sessionsSection(status.sessions))
  return sections.join('\n\n')
}

export function renderAnswer(answer: string, meta: FooterFacts): string {
  const body = clamp(tameModelText(answer.trim()), MAX_MESSAGE_CHARS, 'answer truncated')
  return `${body}\n\n${footerLine(meta)}`
}

/** The final report plus what a maintainer auditing the run wants: every command and its exit. */
export function renderStepSummary(report: FinalReport): string {
  const sections = [renderFinal(report)]
  const commands = report.commands ?? []
  if (commands.length > 0) {
    const log = commands.map((command) => `${commandMark(command)} ${indentContinuation(command.command)}`)
    sections.push(
      `<details><summary>Commands run (${commands.length})</summary>\n\n${codeBlock(log.join('\n'))}\n\n</details>`,
    )
  }
  return `${sections.join('\n\n')}\n`
}

function checklist(plan: PlanStep[]): string {
  return plan
    .map((step) => `- [${step.completed ? 'x' : ' '}] ${tameModelText(oneLine(step.text, 300))}`)
    .join('\n')
}

/** One line, so it never merges with a list that ends the message. */
function linksLine(report: FinalReport): string | undefined {
  const links: string[] = []
  const pull = report.pullRequest
  if (pull) {
    const operation =
      pull.operation === 'none'
        ? ' (not updated: its branch already holds exactly this change, so nothing was pushed)'
        : ` (${pull.operation})`
    links.push(`**Pull request:** [#${pull.number}](${pull.url})${operation}`)
  }
  if (report.branch) links.push(`**Branch:** [${codeSpan(report.branch.name)}](${report.branch.url})`)
  if (report.review) links.push(`**Review:** [view the review](${report.review.url})`)
  return links.length > 0 ? links.join(' · ') : undefined
}

function changedFilesSection(report: FinalReport): string | undefined {
  const files = report.changedFiles ?? []
  const leftOut = report.leftOut ?? []
  if (files.length === 0 && leftOut.length === 0) return undefined
  const parts: string[] = []
  if (files.length > 0) {
    const additions = files.reduce((sum, file) => sum + file.additions, 0)
    const deletions = files.reduce((sum, file) => sum + file.deletions, 0)
    const noun = files.length === 1 ? 'file' : 'files'
    const list = files.map((file) => `- ${codeSpan(file.path)} +${file.additions} −${file.deletions}`)
    parts.push(
      `<details><summary>${files.length} ${noun} changed (+${additions} −${deletions})</summary>\n\n${list.join('\n')}\n\n</details>`,
    )
  }
  if (leftOut.length > 0) {
    const list = leftOut.map(
      (entry) => `- ${codeSpan(entry.path)}: ${tameModelText(oneLine(entry.reason, 300))}`,
    )
    parts.push(`**Not published:**\n${list.join('\n')}`)
  }
  return parts.join('\n\n')
}

function footerFacts(report: FinalReport): FooterFacts {
  return {
    turns: report.turns,
    usage: report.usage,
    costUsd: report.costUsd,
    durationMs: report.durationMs,
    runUrl: report.runUrl,
  }
}

function commandMark(command: { exitCode: number | null; status: string }): string {
  if (command.exitCode !== null) return `[exit ${command.exitCode}]`
  return `[${command.status}]`
}

function indentContinuation(text: string): string {
  return text.replace(/\r?\n/g, '\n    ')
}

/** The reply when the workflow's inputs are invalid: which input, what is wrong, where to fix it. */
export function renderMisconfigured(problems: { input: string; problem: string }[], runUrl: string): string {
  const list = problems.map((entry) => `- ${codeSpan(entry.input)} ${oneLine(entry.problem, 500)}`)
  return [
    '### ⚙️ Not run: the workflow is misconfigured',
    `The \`with:\` inputs of this repository's codex workflow step need fixing:`,
    list.join('\n'),
    'Someone with write access to the workflow file can fix it; then comment again.',
    `<sub>[view the run](${runUrl})</sub>`,
  ].join('\n\n')
}

/** The reply to the trigger phrase alone: what the commands are. */
export function renderUsage(triggerPhrase: string): string {
  const phrase = oneLine(triggerPhrase, 50)
  const rows = [
    [`${phrase} <task>`, 'make the change and open a pull request (or push to this PR)'],
    [`${phrase} ask <question>`, 'answer here, reading the code; nothing is changed'],
    [`${phrase} review [focus]`, 'review this pull request: inline comments on the changed lines'],
    [`${phrase} status`, 'the provider, model and sandbox in use, after one test call to the model'],
    [`${phrase} approve`, 'run the commands a paused run is waiting for'],
  ]
  const table = [
    '| command | does |',
    '|---|---|',
    ...rows.map(([command, does]) => `| ${codeSpan(command ?? '')} | ${does} |`),
  ]
  return [
    `### 👋 Tell me what to do`,
    `For example: ${codeSpan(`${phrase} fix the failing date test`)}`,
    table.join('\n'),
  ].join('\n\n')
}
