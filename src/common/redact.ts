// The scrubbers for everything the model wrote before it reaches GitHub or the job log: secrets
// (the inputs' values in every encoding we can think of, and key-shaped strings whoever wrote
// them), and lines the runner would read as workflow commands.

import { MIN_SECRET_LENGTH } from '../secrets.js'

export interface Redactor {
  redact(text: string): string
}

interface KeyShape {
  kind: string
  pattern: RegExp
  /** Some shapes need a second look to tell a key from an ordinary word. */
  accept?: (match: string) => boolean
}

const hasDigitAndLetter = (text: string): boolean => /\d/.test(text) && /[A-Za-z]/.test(text)

// Key shapes, each anchored so it does not fire in the middle of a longer word. A value that is
// already redacted (`[redacted …]`) is never matched again.
const KEY_SHAPES: readonly KeyShape[] = [
  {
    kind: 'private-key',
    pattern: /-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----[\s\S]*?-----END \1PRIVATE KEY-----/g,
  },
  // A block cut short (truncated output): the header and the base64 lines after it.
  {
    kind: 'private-key',
    pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----(?:\r?\n[A-Za-z0-9+/=:, -]*)*/g,
  },
  {
    kind: 'github-token',
    pattern: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})/g,
  },
  {
    kind: 'api-key',
    pattern: /(?<![A-Za-z0-9_-])sk-[A-Za-z0-9_-]{20,}/g,
    accept: (match) => hasDigitAndLetter(match.slice(3)),
  },
  { kind: 'aws-key', pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/g },
  { kind: 'slack-token', pattern: /(?<![A-Za-z0-9])xox[abpr]-[A-Za-z0-9-]{10,}/g },
  { kind: 'google-api-key', pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}/g },
]

/** Shapes whose first group is kept (the header name, the URL up to the password). */
const PREFIXED_SHAPES: readonly KeyShape[] = [
  {
    kind: 'authorization',
    pattern: /(\bAuthorization[ \t]*:[ \t]*(?:Bearer|Basic|token)[ \t]+)(?!\[redacted)[^\s'"`,;]+/gi,
  },
  { kind: 'password', pattern: /(\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:)(?!\[redacted)[^\s/@]+(?=@)/gi },
]

/**
 * A redactor for these secret values (the action's inputs, the tokens) plus, unless `keyShapes` is
 * false, every key-shaped string. Values shorter than MIN_SECRET_LENGTH are ignored. Tool output
 * shown to the model uses the values only: a key-shaped test fixture must reach it unchanged.
 */
export function createRedactor(secrets: readonly string[], options: { keyShapes?: boolean } = {}): Redactor {
  const literals = literalForms(secrets)
  return {
    redact(text: string): string {
      let result = text
      for (const literal of literals) {
        if (result.includes(literal)) result = result.split(literal).join('[redacted secret]')
      }
      if (options.keyShapes === false) return result
      for (const shape of KEY_SHAPES) {
        result = result.replace(shape.pattern, (match) =>
          !shape.accept || shape.accept(match) ? `[redacted ${shape.kind}]` : match,
        )
      }
      for (const shape of PREFIXED_SHAPES) {
        result = result.replace(
          shape.pattern,
          (_match, prefix: string) => `${prefix}[redacted ${shape.kind}]`,
        )
      }
      return result
    },
  }
}

/** Every form a secret may take in text we post, longest first so a longer form wins. */
function literalForms(secrets: readonly string[]): string[] {
  const forms = new Set<string>()
  for (const secret of expandSecrets(secrets)) {
    forms.add(secret)
    forms.add(encodeURIComponent(secret))
    forms.add(JSON.stringify(secret).slice(1, -1))
    // What git and curl send: Basic auth of `x-access-token:<token>` (the credential of a push).
    forms.add(Buffer.from(`x-access-token:${secret}`).toString('base64'))
    const bytes = Buffer.from(secret, 'utf8')
    forms.add(bytes.toString('base64'))
    forms.add(bytes.toString('base64url'))
    for (const fragment of base64Fragments(bytes)) forms.add(fragment)
  }
  return [...forms].filter((form) => form.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length)
}

/** The values themselves, trimmed, and each long line of a multi-line value (a PEM key, say). */
function expandSecrets(secrets: readonly string[]): string[] {
  const values = new Set<string>()
  for (const secret of secrets) {
    for (const candidate of [secret, secret.trim(), ...secret.split(/\r?\n/).map((line) => line.trim())]) {
      if (candidate.length >= MIN_SECRET_LENGTH) values.add(candidate)
    }
  }
  return [...values]
}

/**
 * The base64 characters that depend on the secret alone, for each of the three alignments it can
 * have inside a longer base64 string (`user:<secret>` in a Basic header, say), as the runner's own
 * masker does. Characters mixing in neighbouring bytes are left out.
 */
function base64Fragments(bytes: Buffer): string[] {
  const fragments: string[] = []
  for (const shift of [0, 1, 2]) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64')
    const start = Math.ceil((8 * shift) / 6)
    const end = Math.floor((8 * (shift + bytes.length)) / 6)
    fragments.push(encoded.slice(start, end))
  }
  return fragments
}

// Workflow commands. The runner (actions/runner, ActionCommand.TryParseV2 / TryParse) reads a
// stdout line as a command when, after TrimStart(), it starts with `::` and holds a second `::`,
// or when it holds `##[` anywhere. Both comparisons are culture-sensitive .NET string calls
// (StartsWith(string), IndexOf(string)); with ICU they skip ignorable code points such as the
// zero-width joiner, so inserting one (or a leading space, which TrimStart removes) would NOT
// stop a command. We therefore replace a character with a visible look-alike that no comparison
// equates with the original: the first colon of a leading `::` becomes U+FF1A FULLWIDTH COLON and
// the `[` of `##[` becomes U+FF3B FULLWIDTH LEFT SQUARE BRACKET. Width differs at the tertiary
// collation level, which culture comparisons honour (only IgnoreWidth would equate them).

/** Characters a culture-sensitive comparison may skip: controls, format and ignorable marks. */
const SKIPPABLE = String.raw`[\p{Cc}\p{Cf}\p{Mn}\p{Default_Ignorable_Code_Point}]`
/** What TrimStart removes (Unicode white space), plus the skippable characters. */
const LEADING = String.raw`[\s\p{Z}\p{Cc}\p{Cf}\p{Mn}\p{Default_Ignorable_Code_Point}]`
/**
 * Built on first use: compiling their Unicode property classes costs a start-up about 1 ms (up to
 * several on a loaded machine), and the first model request does not need them.
 */
let workflowCommands: { leading: RegExp; legacy: RegExp } | undefined
function workflowCommandPatterns(): { leading: RegExp; legacy: RegExp } {
  workflowCommands ??= {
    leading: new RegExp(String.raw`^(${LEADING}*):(?=${SKIPPABLE}*:)`, 'u'),
    legacy: new RegExp(String.raw`(#${SKIPPABLE}*#${SKIPPABLE}*)\[`, 'gu'),
  }
  return workflowCommands
}

/** Text that, written to the job log, cannot act as a runner command on any of its lines. */
export function neutraliseWorkflowCommands(text: string): string {
  // The runner reads lines as .NET's ReadLine splits them: at \r\n, \r or \n.
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, index) => (index % 2 === 1 ? part : neutraliseLine(part)))
    .join('')
}

function neutraliseLine(line: string): string {
  const { leading, legacy } = workflowCommandPatterns()
  return line.replace(leading, '$1\uFF1A').replace(legacy, '$1\uFF3B')
}
