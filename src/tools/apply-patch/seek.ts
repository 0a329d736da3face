// Locating a chunk's lines in a file, as codex-rs/apply-patch/src/seek_sequence.rs does: the
// first position at or after `start` where the pattern matches exactly, else ignoring trailing
// whitespace, else ignoring surrounding whitespace, else with typographic punctuation normalised.
//
// Codex scans every position at every level, which is quadratic when a level fails on a big
// file. Here each level keeps a map from a line's key to its ascending positions, built once
// per file on first use; a search walks the positions of the pattern's rarest line and verifies
// candidates in order, so it returns the same (smallest) index Codex would, in time proportional
// to the candidates rather than to the file.

// Rust's char::is_whitespace set (what `str::trim` strips), which differs from JS's \s.
const RUST_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000'
const LEADING_SPACE = new RegExp(`^[${RUST_SPACE}]+`)
const TRAILING_SPACE = new RegExp(`[${RUST_SPACE}]+$`)

export function rustTrimEnd(text: string): string {
  return TRAILING_SPACE.test(text) ? text.replace(TRAILING_SPACE, '') : text
}

export function rustTrim(text: string): string {
  const end = rustTrimEnd(text)
  return LEADING_SPACE.test(end) ? end.replace(LEADING_SPACE, '') : end
}

const PUNCTUATION = /[\u2010-\u2015\u2212\u2018-\u201b\u201c-\u201f\u00a0\u2002-\u200a\u202f\u205f\u3000]/g

function asciiPunctuation(char: string): string {
  const code = char.charCodeAt(0)
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) return '-'
  if (code >= 0x2018 && code <= 0x201b) return "'"
  if (code >= 0x201c && code <= 0x201f) return '"'
  return ' '
}

function normalise(text: string): string {
  return rustTrim(text).replace(PUNCTUATION, asciiPunctuation)
}

const identity = (text: string): string => text
const LEVELS: readonly ((text: string) => string)[] = [identity, rustTrimEnd, rustTrim, normalise]

interface LevelIndex {
  keys: string[]
  positions: Map<string, number[]>
}

export class LineSeeker {
  private readonly levels: (LevelIndex | undefined)[] = []

  constructor(private readonly lines: readonly string[]) {}

  /** Index of the first match at or after `start` (only at the very end when `eof`), or undefined. */
  seek(pattern: readonly string[], start: number, eof: boolean): number | undefined {
    if (pattern.length === 0) return start
    const last = this.lines.length - pattern.length
    if (last < 0) return undefined
    const from = eof ? last : start
    if (from > last) return undefined
    for (let level = 0; level < LEVELS.length; level++) {
      const found = eof ? this.matchAt(level, pattern, last) : this.firstMatch(level, pattern, from, last)
      if (found !== undefined) return found
    }
    return undefined
  }

  private matchAt(level: number, pattern: readonly string[], at: number): number | undefined {
    const key = LEVELS[level] as (text: string) => string
    for (let offset = 0; offset < pattern.length; offset++) {
      if (key(this.lines[at + offset] as string) !== key(pattern[offset] as string)) return undefined
    }
    return at
  }

  private firstMatch(
    level: number,
    pattern: readonly string[],
    from: number,
    last: number,
  ): number | undefined {
    const index = this.index(level)
    const key = LEVELS[level] as (text: string) => string
    const wanted = pattern.map(key)
    // Anchor on the rarest pattern line: fewest candidates to verify.
    let anchor = 0
    let anchorPositions: number[] | undefined
    for (let offset = 0; offset < wanted.length; offset++) {
      const positions = index.positions.get(wanted[offset] as string)
      if (positions === undefined) return undefined
      if (anchorPositions === undefined || positions.length < anchorPositions.length) {
        anchor = offset
        anchorPositions = positions
      }
    }
    const candidates = anchorPositions as number[]
    for (let at = lowerBound(candidates, from + anchor); at < candidates.length; at++) {
      const begin = (candidates[at] as number) - anchor
      if (begin > last) return undefined
      if (matchesKeys(index.keys, wanted, begin)) return begin
    }
    return undefined
  }

  private index(level: number): LevelIndex {
    const existing = this.levels[level]
    if (existing) return existing
    const key = LEVELS[level] as (text: string) => string
    const keys = level === 0 ? (this.lines as string[]) : this.lines.map(key)
    const positions = new Map<string, number[]>()
    keys.forEach((lineKey, position) => {
      const list = positions.get(lineKey)
      if (list) list.push(position)
      else positions.set(lineKey, [position])
    })
    const built = { keys, positions }
    this.levels[level] = built
    return built
  }
}

function matchesKeys(keys: readonly string[], wanted: readonly string[], begin: number): boolean {
  for (let offset = 0; offset < wanted.length; offset++) {
    if (keys[begin + offset] !== wanted[offset]) return false
  }
  return true
}

/** First index in the ascending `values` whose value is >= `target`. */
function lowerBound(values: readonly number[], target: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((values[middle] as number) < target) low = middle + 1
    else high = middle
  }
  return low
}
