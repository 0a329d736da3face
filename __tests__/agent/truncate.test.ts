import { describe, expect, it } from 'vitest'
import { capOutput } from '../../src/agent/truncate.js'

describe('capOutput', () => {
  it('returns short output unchanged', () => {
    expect(capOutput('a\nb\nc')).toBe('a\nb\nc')
  })

  it('keeps the head and the tail of many lines and counts what was cut', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `line ${i}`).join('\n')
    const capped = capOutput(text, { maxBytes: 100_000, maxLines: 10 })
    const lines = capped.split('\n')
    expect(lines.slice(0, 5)).toEqual(['line 0', 'line 1', 'line 2', 'line 3', 'line 4'])
    expect(lines.slice(-5)).toEqual(['line 995', 'line 996', 'line 997', 'line 998', 'line 999'])
    expect(capped).toContain('[… 990 lines (')
  })

  it('caps by bytes too, including one enormous line, without splitting a character', () => {
    const capped = capOutput('é'.repeat(50_000), { maxBytes: 1000, maxLines: 256 })
    expect(Buffer.byteLength(capped)).toBeLessThan(1100)
    expect(capped).not.toContain('\uFFFD')
    expect(capped).toMatch(/bytes\) omitted/)
  })
})
