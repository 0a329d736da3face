// The one-line footer of every report and answer: turns, tokens, cost, time, a link to the run.
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
