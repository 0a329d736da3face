// The parts of the report about sessions: a stopped run's partial work (what was kept, what is
// left, how to continue) and the saved sessions `/codex status` lists.
import { codeSpan, oneLine, tableCell, tameModelText } from '../github/markdown.js'
import type { SessionSummary } from '../github/types.js'

export interface PartialWork {
  /** Where the changes went (or why they were not pushed); undefined when there were none. */
  kept: string | undefined
  /** Plan steps not done yet. */
  left: string[]
  /** The reply that continues, e.g. `/codex continue`; undefined when the session was not saved. */
  reply: string | undefined
  /** Where the reply works, e.g. `here or on #12`. */
  where: string
}

export function partialSection(partial: PartialWork): string {
  const lines = ['**Partial work**']
  if (partial.kept) lines.push('', partial.kept)
  if (partial.left.length > 0)
    lines.push('', '**Left to do:**', ...partial.left.map((step) => `- ${tameModelText(oneLine(step, 300))}`))
  lines.push(
    '',
    partial.reply === undefined
      ? 'This run cannot be continued (its session was not saved): ask again to start afresh.'
      : `To go on, reply ${codeSpan(`${partial.reply} [more instructions]`)} ${partial.where}: the same conversation picks up where it stopped, with fresh budgets.`,
  )
  return lines.join('\n')
}

export function sessionsSection(sessions: SessionSummary[] | string): string {
  if (typeof sessions === 'string') return `**Saved sessions:** could not be read (${oneLine(sessions, 300)})`
  if (sessions.length === 0) return '**Saved sessions:** none'
  const rows = sessions.map((session) => {
    const branch = session.branch ? codeSpan(session.branch) : '—'
    const pull = session.pull === undefined ? '' : ` (#${session.pull})`
    const state = session.state === 'awaiting-approval' ? 'awaiting approval' : session.state
    return `| #${session.thread} | ${tableCell(`${branch}${pull}`)} | ${session.turns} | ${session.updatedAt || '—'} | ${state} |`
  })
  return [
    '**Saved sessions** (`continue` one on its thread; `approve` one awaiting approval with the reply its comment shows):',
    '',
    '| Thread | Branch | Turns | Saved | State |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n')
}
