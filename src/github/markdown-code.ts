// Where a markdown text holds code that GitHub shows literally (fenced blocks, code spans), so the
// sanitiser can leave `<script>` or `<!--` there alone: an issue about a web page mentions them all
// the time. The parse is deliberately timid. Masking text that GitHub renders as HTML would let a
// hidden element through, so wherever this parse and GitHub's could disagree (indented or nested
// fences, raw HTML blocks, code spans across lines, backticks inside tags) it masks nothing.

const MASK = 'x'

/** `text` with every character GitHub shows as code replaced by `x` (newlines kept); same length. */
export function maskCode(text: string): string {
  const lines = splitLines(text)
  return maskBlocks(lines, true) ?? (maskBlocks(lines, false) as string)
}

interface HtmlBlock {
  /** Ends at a blank line (most tags) or at the line holding `end` (comments, `<script>`, `<pre>`…). */
  endsAtBlank: boolean
  end: RegExp
}

/**
 * One pass over the lines. With `withFences`, fenced blocks are masked, and any fence-looking
 * line this parse cannot place for sure (indented, in a list or quote, inside raw HTML) makes the
 * pass give up (undefined): the caller then masks code spans only.
 */
function maskBlocks(lines: string[], withFences: boolean): string | undefined {
  const masked: string[] = []
  let html: HtmlBlock | undefined
  let fence: RegExp | undefined
  let paragraph: string[] = []
  const endParagraph = () => {
    masked.push(...maskCodeSpans(paragraph))
    paragraph = []
  }
  for (const line of lines) {
    const content = line.replace(/\n$/, '')
    if (fence) {
      masked.push(line.replace(/[^\n]/g, MASK))
      if (fence.test(content)) fence = undefined
      continue
    }
    const fenceLike = FENCE_LIKE.test(content)
    if (html) {
      if (withFences && fenceLike) return undefined
      masked.push(line)
      if (html.endsAtBlank ? content.trim() === '' : html.end.test(content)) html = undefined
      continue
    }
    const opener = withFences ? FENCE_OPENER.exec(content) : null
    if (opener && !(opener[1]?.startsWith('`') && opener[2]?.includes('`'))) {
      endParagraph()
      const marker = opener[1] ?? '```'
      fence = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`)
      masked.push(line.replace(/[^\n]/g, MASK))
      continue
    }
    if (withFences && fenceLike && !/^[`~]/.test(content)) return undefined
    html = htmlBlockStart(content)
    if (html || content.trim() === '') {
      endParagraph()
      masked.push(line)
      if (html && !html.endsAtBlank && html.end.test(content)) html = undefined
      continue
    }
    paragraph.push(line)
  }
  endParagraph()
  return masked.join('')
}

function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? []
}

const FENCE_OPENER = /^(`{3,}|~{3,})([^\n]*)$/

/** A line that GitHub might read as a fence: any indent, list marker or quote before the marker. */
const FENCE_LIKE = /^[ \t>*+\-\d.)]*(?:`{3,}|~{3,})/

/**
 * Any line that may open a raw HTML block, inside a list item or quote too (more than GitHub
 * treats as one: in a raw HTML block nothing is code, so erring this way masks less).
 */
function htmlBlockStart(content: string): HtmlBlock | undefined {
  const match = /^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t][ \t>]*)*<[a-zA-Z/!?]/.exec(content)
  if (!match) return undefined
  const rest = content.slice(match[0].length - 2).toLowerCase()
  const rawText = /^<(script|pre|style|textarea)(?=[\s>]|$)/.exec(rest)
  if (rawText) return { endsAtBlank: false, end: new RegExp(`</${rawText[1]}>`, 'i') }
  if (rest.startsWith('<!--')) return { endsAtBlank: false, end: /-->/ }
  if (rest.startsWith('<?')) return { endsAtBlank: false, end: /\?>/ }
  if (rest.startsWith('<![cdata[')) return { endsAtBlank: false, end: /\]\]>/ }
  if (rest.startsWith('<!')) return { endsAtBlank: false, end: />/ }
  return { endsAtBlank: true, end: /^\s*$/ }
}

/** Raw HTML and autolinks, which take precedence over code spans (the leftmost wins). */
const INLINE_HTML = new RegExp(
  [
    /<!--(?:-?>|[\s\S]*?-->)/.source,
    /<\?[\s\S]*?\?>/.source,
    /<!\[CDATA\[[\s\S]*?\]\]>/.source,
    /<![A-Za-z][^>]*>/.source,
    /<[A-Za-z][A-Za-z0-9-]*(?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/.source,
    /<\/[A-Za-z][A-Za-z0-9-]*\s*>/.source,
    /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/.source,
    /<[^\s<>@]+@[^\s<>]+>/.source,
  ].join('|'),
  'y',
)

/**
 * Code spans of one paragraph (lines without blank or block breaks between them). Only spans
 * that open and close on one line are masked; the first sign that GitHub might pair backticks
 * differently (a span across lines, a backtick inside a tag, a `<` that may start a tag this
 * parse does not know) ends masking for the rest of the paragraph.
 */
function maskCodeSpans(paragraph: string[]): string[] {
  const text = paragraph.join('')
  const out = text.split('')
  let i = 0
  while (i < text.length) {
    const char = text[i]
    if (char === '\\' && /[!-/:-@[-`{-~]/.test(text[i + 1] ?? '')) {
      i += 2
    } else if (char === '<') {
      INLINE_HTML.lastIndex = i
      const html = INLINE_HTML.exec(text)
      if (html && !/[\n`]/.test(html[0])) i += html[0].length
      else if (html || /[a-zA-Z/!?]/.test(text[i + 1] ?? '')) break
      else i += 1
    } else if (char === '`') {
      const run = /`+/y
      run.lastIndex = i
      const length = run.exec(text)?.[0].length ?? 1
      const closer = findCloser(text, i + length, length)
      if (closer === undefined) {
        i += length
        continue
      }
      if (text.slice(i, closer).includes('\n')) break
      for (let k = i; k < closer + length; k += 1) out[k] = MASK
      i = closer + length
    } else {
      i += 1
    }
  }
  return splitLines(out.join(''))
}

/** Start of the next run of exactly `length` backticks at or after `from`. */
function findCloser(text: string, from: number, length: number): number | undefined {
  const runs = /`+/g
  runs.lastIndex = from
  let match: RegExpExecArray | null
  while ((match = runs.exec(text)) !== null) {
    if (match[0].length === length) return match.index
  }
  return undefined
}
