import { describe, expect, it } from 'vitest'
import { LineSeeker, rustTrim } from '../../../src/tools/apply-patch/seek.js'

function seek(lines: string[], pattern: string[], start = 0, eof = false): number | undefined {
  return new LineSeeker(lines).seek(pattern, start, eof)
}

describe('LineSeeker fallbacks', () => {
  it('finds an exact match at or after start', () => {
    expect(seek(['foo', 'bar', 'baz', 'bar', 'baz'], ['bar', 'baz'])).toBe(1)
    expect(seek(['foo', 'bar', 'baz', 'bar', 'baz'], ['bar', 'baz'], 2)).toBe(3)
  })

  it('falls back to ignoring trailing whitespace', () => {
    expect(seek(['foo   ', 'bar\t\t'], ['foo', 'bar'])).toBe(0)
  })

  it('falls back to ignoring surrounding whitespace', () => {
    expect(seek(['    foo   ', '   bar\t'], ['foo', 'bar'])).toBe(0)
  })

  it('falls back to typographic dashes, quotes and spaces as ASCII', () => {
    const file = ['const title = \u201cHello\u201d \u2014 it\u2019s\u00a0here']
    expect(seek(file, ['const title = "Hello" - it\'s here'])).toBe(0)
  })

  it('prefers a stricter match later in the file over a looser one earlier', () => {
    expect(seek(['  x', 'x'], ['x'])).toBe(1)
  })

  it('anchors an end-of-file pattern at the end only', () => {
    const file = ['a', 'b', 'a', 'b']
    expect(seek(file, ['a', 'b'], 0, true)).toBe(2)
    expect(seek(['a', 'b', 'c'], ['a', 'b'], 0, true)).toBeUndefined()
  })

  it('returns start for an empty pattern and nothing for a pattern longer than the file', () => {
    expect(seek(['a'], [], 1)).toBe(1)
    expect(seek(['a'], ['a', 'b', 'c'])).toBeUndefined()
  })

  it('trims Rust whitespace (NBSP, ideographic space) but not a BOM', () => {
    expect(rustTrim('\u3000\u00a0x\u2009')).toBe('x')
    expect(rustTrim('\ufeffx')).toBe('\ufeffx')
  })
})

// Codex's seek_sequence, transcribed naively: the reference our indexed search must agree with.
function codexSeek(lines: string[], pattern: string[], start: number, eof: boolean): number | undefined {
  if (pattern.length === 0) return start
  if (pattern.length > lines.length) return undefined
  const from = eof ? lines.length - pattern.length : start
  const normalise = (text: string) =>
    rustTrim(text)
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/[\u2018-\u201b]/g, "'")
      .replace(/[\u201c-\u201f]/g, '"')
      .replace(/[\u00a0\u2002-\u200a\u202f\u205f\u3000]/g, ' ')
  const levels = [(t: string) => t, (t: string) => t.replace(/[\s\u0085]+$/u, ''), rustTrim, normalise]
  for (const key of levels) {
    for (let i = from; i <= lines.length - pattern.length; i++) {
      if (pattern.every((line, offset) => key(lines[i + offset] as string) === key(line))) return i
    }
  }
  return undefined
}

describe('LineSeeker parity with Codex seek_sequence', () => {
  it('agrees on thousands of random files and patterns', () => {
    const alphabet = [
      'a',
      ' a',
      'a ',
      '\ta',
      'b',
      'b  ',
      '-',
      '\u2014',
      "'",
      '\u2019',
      '',
      ' ',
      'c\u00a0d',
      'c d',
    ]
    let seed = 42
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % below
    }
    const pick = () => alphabet[random(alphabet.length)] as string
    for (let round = 0; round < 3000; round++) {
      const lines = Array.from({ length: random(12) }, pick)
      const pattern = Array.from({ length: 1 + random(3) }, pick)
      const start = random(lines.length + 1)
      const eof = random(4) === 0
      expect(seek(lines, pattern, start, eof), JSON.stringify({ lines, pattern, start, eof })).toBe(
        codexSeek(lines, pattern, start, eof),
      )
    }
  })
})
