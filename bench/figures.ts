// Shared shape and helpers for benchmark figures.
import { performance } from 'node:perf_hooks'

export interface Figure {
  name: string
  value: number | string
  unit: string
  target?: string | undefined
}

/** Wall-clock milliseconds comparable across processes on this machine. */
export function now(): number {
  return performance.timeOrigin + performance.now()
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export function formatFigure(figure: Figure): string {
  const value = typeof figure.value === 'number' ? Number(figure.value.toFixed(1)) : figure.value
  return `| ${figure.name} | ${value} ${figure.unit} | ${figure.target ?? ''} |`
}
