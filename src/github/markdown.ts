// Small Markdown helpers for the report: number formats, code spans and fences that survive any
// content, and the taming of model-written text (mentions, HTML comments) before it is posted.
import type { Usage } from '../model/types.js'

export function formatTokens(count: number): string {
  if (count < 1000) return String(count)
  if (count < 1_000_000) return `${(count / 1000).toFixed(1)}k`
  return `${(count / 1_000_000).toFixed(1)}M`
}

export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000))
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`
}

export function formatCost(costUsd: number | undefined): string {
  if (costUsd === undefined || !Number.isFinite(costUsd)) return 'cost unknown'
  if (costUsd === 0) return '$0.00'
  if (costUsd < 0.0001) return '<$0.0001'
  return costUsd < 1 ? `$${costUsd.toFixed(4)}` : `$${costUsd.toFixed(2)}`
}

export interface FooterFacts {
  turns?: number | undefined
  usage?: Usage | undefined
  costUsd?: number | undefined
  durationMs?: number | undefined
  runUrl: string
}

/** "12 turns · 45.2k tokens (30.1k cached) · $0.0312 · 3 min 12 s · run", facts known only. */
export function footerLine(facts: FooterFacts): string {
  const parts: string[] = []
  if (facts.turns !== undefined) parts.push(`${facts.turns} ${facts.turns === 1 ? 'turn' : 'turns'}`)
  if (facts.usage) {
    const total = facts.usage.inputTokens + facts.usage.outputTokens
    parts.push(`${formatTokens(total)} tokens (${formatTokens(facts.usage.cachedInputTokens)} cached)`)
  }
  if (facts.turns !== undefined || facts.usage) parts.push(formatCost(facts.costUsd))
  if (facts.durationMs !== undefined) parts.push(formatDuration(facts.durationMs))
  parts.push(`[view the run](${facts.runUrl})`)
  return `<sub>${parts.join(' · ')}</sub>`
}

/** An inline code span holding `text` verbatim, whatever backticks it contains. */
export function codeSpan(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ')
  const longestRun = Math.max(0, ...[...flat.matchAll(/`+/g)].map((match) => match[0].length))
  const fence = '`'.repeat(longestRun + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

/** A fenced block holding `text` verbatim: the fence is longer than any backtick run inside. */
export function codeBlock(text: string): string {
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length))
  const fence = '`'.repeat(Math.max(3, longestRun + 1))
  return `${fence}text\n${text}\n${fence}`
}

/** One line of at most `max` characters, for table cells and quotes. */
export function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`
}

export function tableCell(text: string): string {
  return text.replace(/\|/g, '\\|')
}

// Code (fenced blocks and inline spans) is left as it is: mentions do not fire there, and an
// inserted invisible character would break code someone copies.
const CODE = /(```[\s\S]*?```|~~~[\s\S]*?~~~|`[^`\n]*`)/
// `@login` or `@org/team` after a non-word character, as GitHub recognises mentions.
const MENTION = /(^|[^A-Za-z0-9_`@/.-])@(?=[A-Za-z0-9])/g

/**
 * Model-written Markdown made safe to post in our name: `@mentions` cannot ping anyone (a zero-width
 * joiner after the `@`), and `<!--` cannot open an HTML comment that would hide the rest of the
 * report or imitate our hidden markers.
 */
export function tameModelText(text: string): string {
  return text
    .split(CODE)
    .map((part, index) => (index % 2 === 1 ? part : tameProse(part)))
    .join('')
}

function tameProse(text: string): string {
  return text.replace(MENTION, '$1@\u200D').replace(/<!--/g, '&lt;!--')
}

/** `text` cut to `max` characters with a note, so a comment stays under GitHub's 65,536 limit. */
export function clamp(text: string, max: number, note: string): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  // A cut inside a code block would turn everything after it into code: close the fence.
  const open = openFence(cut)
  return `${cut}${open ? `\n${open}` : ''}\n\n*…${note}*`
}

/** The fence of a code block left open at the end of `text`, if any. */
function openFence(text: string): string | undefined {
  let open: string | undefined
  for (const line of text.split('\n')) {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (!fence) continue
    if (!open) open = fence
    else if (fence[0] === open[0] && fence.length >= open.length && line.trim() === fence) open = undefined
  }
  return open
}
