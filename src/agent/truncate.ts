// Caps text sent back to the model. Tool output is paid for on every later turn, so a long log
// keeps its head and tail (where errors and summaries usually are) and the middle becomes a count.

export interface OutputCap {
  maxBytes: number
  maxLines: number
}

/** About 10 KiB / 256 lines, as Codex caps tool output. */
export const DEFAULT_OUTPUT_CAP: OutputCap = { maxBytes: 10 * 1024, maxLines: 256 }

export function capOutput(text: string, cap: OutputCap = DEFAULT_OUTPUT_CAP): string {
  const bytes = Buffer.byteLength(text)
  const lines = text.split('\n')
  if (bytes <= cap.maxBytes && lines.length <= cap.maxLines) return text

  const headBudget = Math.floor(cap.maxBytes / 2)
  const tailBudget = cap.maxBytes - headBudget
  const head = takeLines(lines, Math.floor(cap.maxLines / 2), headBudget, 'head')
  const tail = takeLines(lines.slice(head.count), Math.ceil(cap.maxLines / 2), tailBudget, 'tail')
  const omittedLines = lines.length - head.count - tail.count
  const omittedBytes = bytes - Buffer.byteLength(head.text) - Buffer.byteLength(tail.text)
  const marker = `[… ${omittedLines} lines (${omittedBytes} bytes) omitted …]`
  return [head.text, marker, tail.text].filter((part) => part !== '').join('\n')
}

/** Whole lines from one end within both budgets; a single over-long line is cut by bytes. */
function takeLines(
  lines: readonly string[],
  maxLines: number,
  maxBytes: number,
  from: 'head' | 'tail',
): { text: string; count: number } {
  const taken: string[] = []
  let used = 0
  for (let i = 0; i < lines.length && taken.length < maxLines; i++) {
    const line = lines[from === 'head' ? i : lines.length - 1 - i] ?? ''
    const size = Buffer.byteLength(line) + 1
    if (used + size > maxBytes) {
      if (taken.length === 0) taken.push(cutBytes(line, maxBytes, from))
      break
    }
    taken.push(line)
    used += size
  }
  if (from === 'tail') taken.reverse()
  return { text: taken.join('\n'), count: taken.length }
}

function cutBytes(line: string, maxBytes: number, from: 'head' | 'tail'): string {
  const buffer = Buffer.from(line)
  const slice = from === 'head' ? buffer.subarray(0, maxBytes) : buffer.subarray(buffer.length - maxBytes)
  // A cut through a multi-byte character decodes to U+FFFD; drop it rather than send garbage.
  return slice.toString('utf8').replace(/^\uFFFD+|\uFFFD+$/g, '')
}
