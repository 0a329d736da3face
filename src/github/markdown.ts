// Small Markdown helpers: code spans and fences that survive any content, and the taming of
// model-written text (mentions, HTML comments) before it is posted.
import { maskCode } from './markdown-code.js'

/** An inline code span holding `text` verbatim (but for our markers), whatever backticks it contains. */
export function codeSpan(text: string): string {
  const flat = breakMarkers(text).replace(/[\r\n]+/g, ' ')
  const longestRun = Math.max(0, ...[...flat.matchAll(/`+/g)].map((match) => match[0].length))
  const fence = '`'.repeat(longestRun + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

/** A fenced block holding `raw` verbatim (but for our markers): the fence outgrows any backtick run inside. */
export function codeBlock(raw: string): string {
  const text = breakMarkers(raw)
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

// What the model can use to ping people, hide text or make a reader's browser fetch a URL of its
// choosing (an image whose query string carries data out), in one pass: a mention's `@` (after a
// non-word character, as GitHub recognises `@login` and `@org/team`), any `<`
// that may open raw HTML (`<!--`, `<img>`, `<picture>`…), and the `![` of a Markdown image.
const HAZARD = /(?<=^|[^A-Za-z0-9_@/.-])@(?=[A-Za-z0-9])|<(?=[A-Za-z/!?])|!\[/g
// Our own hidden markers (`<!-- codex-pr-action… -->`), which must not appear even as code.
const OUR_MARKER = /<!--(?=\s*codex-pr-action)/g
const ZERO_WIDTH_JOINER = '\u200D'

export type TextKind = 'markdown' | 'plain'

/**
 * Text the model wrote or influenced, made safe to post in our name — the one taming for every
 * comment, PR title and body, commit message and step summary. In Markdown prose, `@mentions` cannot
 * ping anyone (a zero-width joiner after the `@`), raw HTML shows as text (`&lt;`), so no `<!--`
 * hides the rest of the report and no `<img>` loads, and `![alt](url)` is shown, not fetched (`!\[`).
 * Code that GitHub surely shows as code (markdown-code.ts) keeps its text, except that our hidden
 * markers are broken there too. `plain` texts (titles, commit subjects) get an invisible joiner
 * after the first character of each of these instead, so they read the same.
 */
export function tameModelText(text: string, kind: TextKind = 'markdown'): string {
  const unmarked = breakMarkers(text)
  // A title or commit subject shows as text on GitHub, but is pasted into Markdown elsewhere (release
  // notes, squash merges): a joiner after each hazard's first character disarms it, unseen.
  if (kind === 'plain')
    return unmarked.replace(HAZARD, (hazard) => `${hazard[0]}${ZERO_WIDTH_JOINER}${hazard.slice(1)}`)
  const masked = maskCode(unmarked)
  return unmarked.replace(HAZARD, (hazard: string, offset: number) => {
    // maskCode turns every character of code into `x`; none of the hazards' first characters is one.
    if (masked[offset] !== unmarked[offset]) return hazard
    if (hazard === '@') return `@${ZERO_WIDTH_JOINER}`
    if (hazard === '<') return '&lt;'
    return '!\\['
  })
}

/** `<!-- codex-pr-action…` with a joiner inside `<!--`, so no marker search can match it. */
function breakMarkers(text: string): string {
  return text.replace(OUR_MARKER, `<!${ZERO_WIDTH_JOINER}--`)
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
