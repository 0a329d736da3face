// The texts the harness writes: the PR's title and body, and the commit message. The model's words
// in them pass the one taming (github/markdown.ts) here; the caller runs every one of them through
// the redactor before it leaves the runner.
import type { ChangedFile, LeftOut } from '../git/index.js'
import { codeSpan, oneLine, tableCell, tameModelText } from '../github/markdown.js'
import type { Trigger } from '../github/types.js'
import type { PublishTarget } from './target.js'

export interface AgentCommand {
  command: string
  exitCode: number | null
  status: string
}

export interface PullBodyInput {
  summary: string
  trigger: Trigger
  target: PublishTarget
  changedFiles: ChangedFile[]
  leftOut: LeftOut[]
  commands: AgentCommand[]
  /** Turns, tokens and cost, already formatted. */
  footer: string
  runUrl: string
  requester?: string | undefined
}

/** GitHub refuses bodies over 65536 characters; leave room for the parts after the summary. */
const MAX_SUMMARY = 20_000
const MAX_BODY = 60_000
const MAX_FILES = 100
const MAX_COMMANDS = 30
export const PR_MARKER = '<!-- codex-pr-action -->'

/**
 * The summary's first sentence, without markdown decoration or a final period, as a subject line:
 * models write paragraphs, and a title is read in a list.
 */
export function summaryTitle(summary: string, fallback: string, max = 72): string {
  const line = summary
    .split('\n')
    .map((text) =>
      text
        .replace(/^\s*(#+|[-*>]|\d+\.)\s+/, '')
        .replace(/[*_`]/g, '')
        .trim(),
    )
    .find((text) => text !== '')
  const sentence = (line ?? fallback).split(/(?<=[.!?])\s+(?=[A-Z`])/)[0] ?? fallback
  const title = sentence.replace(/\.$/, '')
  const cut = title.length <= max ? title : `${title.slice(0, max - 1).trimEnd()}…`
  return tameModelText(cut, 'plain')
}

export function fallbackTitle(trigger: Trigger): string {
  switch (trigger.source) {
    case 'workflow_run':
      return `Fix the failing ${trigger.run.name} run on ${trigger.run.headBranch}`
    case 'schedule':
    case 'workflow_dispatch':
      return 'Codex: scheduled task'
    default:
      return `Codex: changes for #${trigger.issue.number}`
  }
}

/** Where the task was asked: the comment, the issue, the failed run; else the workflow run. */
export function taskUrl(trigger: Trigger, runUrl: string): string {
  switch (trigger.source) {
    case 'issue_comment':
    case 'pull_request_review_comment':
    case 'pull_request_review':
      return trigger.comment.htmlUrl
    case 'issues':
      return trigger.issue.htmlUrl
    case 'workflow_run':
      return trigger.run.htmlUrl
    default:
      return runUrl
  }
}

export function buildPullBody(input: PullBodyInput): string {
  const parts: string[] = []
  const summary = input.summary.trim()
  const kept =
    summary.length > MAX_SUMMARY ? `${summary.slice(0, MAX_SUMMARY)}\n\n…(summary truncated)` : summary
  parts.push(kept === '' ? '_No summary._' : tameModelText(kept))
  const links: string[] = []
  if (input.target.kind === 'own-branch' && input.target.fixesIssue !== undefined)
    links.push(`Fixes #${input.target.fixesIssue}`)
  if (input.target.kind === 'own-branch' && input.target.followUpTo) {
    links.push(
      `Follow-up to #${input.target.followUpTo.number}: its branch is not one this action may push to (a fork, or a closed PR), so the changes are here.`,
    )
  }
  if (links.length > 0) parts.push(links.join('\n'))
  parts.push(filesSection(input.changedFiles))
  if (input.leftOut.length > 0) parts.push(leftOutSection(input.leftOut))
  if (input.commands.length > 0) parts.push(commandsSection(input.commands))
  const origin = [`[task](${taskUrl(input.trigger, input.runUrl)})`, `[run](${input.runUrl})`]
  if (input.requester) origin.push(`requested by @${input.requester}`)
  parts.push(['---', [input.footer.trim(), ...origin].filter(Boolean).join(' · '), PR_MARKER].join('\n'))
  const body = parts.join('\n\n')
  return body.length <= MAX_BODY ? body : `${body.slice(0, MAX_BODY)}\n\n…(truncated)\n${PR_MARKER}`
}

function filesSection(files: ChangedFile[]): string {
  const rows = files.slice(0, MAX_FILES).map((file) => {
    const name = file.previousPath ? `${code(file.previousPath)} → ${code(file.path)}` : code(file.path)
    return file.binary ? `| ${name} | binary | |` : `| ${name} | +${file.additions} | −${file.deletions} |`
  })
  const more = files.length > MAX_FILES ? [`\n…and ${files.length - MAX_FILES} more files.`] : []
  return [
    '### Changed files',
    '',
    '| File | Added | Removed |',
    '| --- | ---: | ---: |',
    ...rows,
    ...more,
  ].join('\n')
}

function leftOutSection(leftOut: LeftOut[]): string {
  const lines = leftOut.slice(0, MAX_FILES).map((item) => `- ${code(item.path)}: ${item.reason}`)
  if (leftOut.some((item) => item.kind === 'workflow')) {
    lines.push(
      '',
      'Workflow files were changed but are not in this PR: the job token cannot push them. Apply them by hand, or allow workflow changes with a token that has the `workflows` permission.',
    )
  }
  return ['### Left out of the commit', '', ...lines].join('\n')
}

function commandsSection(commands: AgentCommand[]): string {
  const lines = commands.slice(-MAX_COMMANDS).map((run) => {
    const outcome = run.exitCode === null ? run.status : `exit ${run.exitCode}`
    const mark = run.exitCode === 0 ? '✅' : '❌'
    return `- ${mark} ${code(oneLine(run.command, 200))}: ${outcome}`
  })
  const skipped =
    commands.length > MAX_COMMANDS ? [`- …${commands.length - MAX_COMMANDS} earlier commands not shown`] : []
  return ['### Checks the agent ran', '', ...skipped, ...lines].join('\n')
}

export interface CommitMessageInput {
  summary: string
  fallback: string
  taskUrl: string
  runUrl: string
  requester?: { login: string; id?: number | undefined } | undefined
}

export function commitMessage(input: CommitMessageInput): string {
  const lines = [
    summaryTitle(input.summary, input.fallback),
    '',
    `Task: ${input.taskUrl}`,
    `Run: ${input.runUrl}`,
  ]
  if (input.requester && !input.requester.login.endsWith('[bot]'))
    lines.push('', `Co-authored-by: ${coAuthor(input.requester)}`)
  return `${lines.join('\n')}\n`
}

/** `login <id+login@users.noreply.github.com>`, the address GitHub links to the account. */
export function coAuthor(person: { login: string; id?: number | undefined }): string {
  const login = person.login.replace(/[^A-Za-z0-9-]/g, '')
  const email =
    person.id === undefined
      ? `${login}@users.noreply.github.com`
      : `${person.id}+${login}@users.noreply.github.com`
  return `${login} <${email}>`
}

/** An inline code span that survives backticks in the text and sits safely in a table cell. */
function code(text: string): string {
  return tableCell(codeSpan(oneLine(text, 300)))
}
