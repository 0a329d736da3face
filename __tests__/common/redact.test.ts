import { describe, expect, it } from 'vitest'
import { createRedactor } from '../../src/common/redact.js'
import { MIN_SECRET_LENGTH } from '../../src/secrets.js'

// Key-shaped fixtures are assembled at run time so secret scanners do not flag this file.
const join = (...parts: string[]) => parts.join('')
const GITHUB_PAT = join('gh', 'p_', 'Zx8Kq2LmN4pR6sT8vW0yA1bC3dE5fG7hJ9kL')
const GITHUB_APP_TOKEN = join('gh', 's_', 'Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56Qr78St')
const FINE_GRAINED = join(
  'github',
  '_pat_',
  '11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGH0123456789',
)
const OPENAI_KEY = join('sk', '-proj-', 'Tq3vX9bN2mK8pL5rW7yZ1aC4dF6gH0jQ')
const DEEPSEEK_KEY = join('sk', '-', '0f3a9c2b7d1e4f5a6b8c9d0e1f2a3b4c')
const AWS_KEY = join('AK', 'IA', 'IOSFODNN7EXAMPL3')
const SLACK_TOKEN = join('xo', 'xb-', '1234567890-0987654321-AbCdEfGhIjKlMnOp')
const GOOGLE_KEY = join('AI', 'za', 'SyD4x9Qm2Lk8Jh7Gf6Ds5Ap4Oi3Uy2Tr1Ew')
const PEM = [
  join('-----BEGIN ', 'RSA PRIVATE KEY-----'),
  'MIIEpAIBAAKCAQEA7bq2m1x0aZ3QYk9Lw4mB2nF8sT6vY1cR0eD5uH3jK9pW2xQ',
  'h3k4L5m6N7o8P9q0R1s2T3u4V5w6X7y8Z9a0B1c2D3e4F5g6H7i8J9k0L1m2N3o',
  join('-----END ', 'RSA PRIVATE KEY-----'),
].join('\n')

describe('createRedactor: exact secret values', () => {
  const apiKey = 'my-model-key-4c7e9a'
  const redactor = createRedactor([apiKey, GITHUB_APP_TOKEN, 'abc'])

  it('removes the value itself wherever it appears', () => {
    const out = redactor.redact(`config: key=${apiKey}; again ${apiKey}.`)
    expect(out).not.toContain(apiKey)
    expect(out).toBe('config: key=[redacted secret]; again [redacted secret].')
  })

  it('removes base64 forms, including the x-access-token credential git sends', () => {
    const basic = Buffer.from(`x-access-token:${GITHUB_APP_TOKEN}`).toString('base64')
    const plain = Buffer.from(apiKey).toString('base64')
    const out = redactor.redact(`extraheader AUTHORIZATION: basic ${basic}\necho ${plain} | base64 -d`)
    expect(out).not.toContain(basic)
    expect(out).not.toContain(plain)
    expect(out).not.toContain(plain.replace(/=+$/, ''))
  })

  it('removes the base64 of a secret embedded at any alignment in a longer base64 string', () => {
    for (const user of ['u', 'us', 'use', 'user']) {
      const encoded = Buffer.from(`${user}:${apiKey}`).toString('base64')
      const out = redactor.redact(`curl -H "X-Auth: ${encoded}"`)
      expect(out).toContain('[redacted secret]')
      // Whatever is left cannot be decoded back to the key.
      const leftovers = out.match(/[A-Za-z0-9+/=]{4,}/g) ?? []
      for (const piece of leftovers) expect(Buffer.from(piece, 'base64').toString()).not.toContain(apiKey)
    }
  })

  it('removes URL-encoded and JSON-escaped forms', () => {
    const odd = 'p@ss/w0rd+"quoted"'
    const oddRedactor = createRedactor([odd])
    const out = oddRedactor.redact(
      `url=https://h/?k=${encodeURIComponent(odd)} json=${JSON.stringify({ k: odd })}`,
    )
    expect(out).not.toContain(encodeURIComponent(odd))
    expect(out).not.toContain(JSON.stringify(odd).slice(1, -1))
    expect(out.match(/\[redacted secret\]/g)).toHaveLength(2)
  })

  it(`ignores values shorter than ${MIN_SECRET_LENGTH} characters, so words are not shredded`, () => {
    expect(redactor.redact('abcdef and abc are letters')).toBe('abcdef and abc are letters')
  })

  it('redacts each long line of a multi-line secret', () => {
    const keyRedactor = createRedactor([PEM])
    const oneLine = PEM.split('\n')[1] ?? ''
    expect(keyRedactor.redact(`leaked: ${oneLine}`)).toBe('leaked: [redacted secret]')
  })

  it('is idempotent', () => {
    const once = redactor.redact(`Authorization: Bearer ${apiKey} ${GITHUB_PAT}`)
    expect(redactor.redact(once)).toBe(once)
  })
})

describe('createRedactor: key-shaped strings whoever wrote them', () => {
  const redactor = createRedactor([])
  const cases: [string, string, string][] = [
    ['classic GitHub PAT', GITHUB_PAT, 'github-token'],
    ['GitHub app token', GITHUB_APP_TOKEN, 'github-token'],
    ['fine-grained PAT', FINE_GRAINED, 'github-token'],
    ['OpenAI project key', OPENAI_KEY, 'api-key'],
    ['sk- key of a compatible provider', DEEPSEEK_KEY, 'api-key'],
    ['AWS access key id', AWS_KEY, 'aws-key'],
    ['Slack token', SLACK_TOKEN, 'slack-token'],
    ['Google API key', GOOGLE_KEY, 'google-api-key'],
  ]
  for (const [name, key, kind] of cases) {
    it(`redacts a ${name}`, () => {
      const out = redactor.redact(`export TOKEN="${key}" # do not share`)
      expect(out).toBe(`export TOKEN="[redacted ${kind}]" # do not share`)
    })
  }

  it('redacts a PEM private key block, and one cut short', () => {
    expect(redactor.redact(`key:\n${PEM}\nafter`)).toBe('key:\n[redacted private-key]\nafter')
    const truncated = PEM.split('\n').slice(0, 2).join('\n')
    expect(redactor.redact(`${truncated}\n`)).not.toContain('MIIEpAIBAAKCAQEA')
  })

  it('redacts Authorization header values (Bearer, Basic, token)', () => {
    const out = redactor.redact(
      [
        'curl -H "Authorization: Bearer eyJhbGciOi.payload.sig" https://api',
        "authorization: Basic dXNlcjpwYXNzd29yZA== -H 'x: y'",
        'Authorization: token 0123456789abcdef',
      ].join('\n'),
    )
    expect(out).toBe(
      [
        'curl -H "Authorization: Bearer [redacted authorization]" https://api',
        "authorization: Basic [redacted authorization] -H 'x: y'",
        'Authorization: token [redacted authorization]',
      ].join('\n'),
    )
  })

  it('redacts the password of a credential URL', () => {
    const out = redactor.redact('git remote add origin https://x-access-token:s3cr3tvalue@github.com/o/r.git')
    expect(out).toBe('git remote add origin https://x-access-token:[redacted password]@github.com/o/r.git')
  })

  it('leaves ordinary text, hex shas and look-alike words alone', () => {
    const text = [
      'Fixed the flaky date test in src/date.ts (commit 3f786850e387550fdab836ed7e6dc881de23001b).',
      'risk-assessment-for-the-quarterly-report and task-list-items-are-long-words',
      'sk-learn is a library; ghp_ is a prefix; AKIA is four letters; xoxb- alone',
      'Authorization: Bearer',
      'next line stays',
      'see https://github.com/o/r/pull/12 and mailto:me@example.com',
      'integrity sha512-3Bz6m8vX0Q== and base64 aGVsbG8gd29ybGQ=',
    ].join('\n')
    expect(redactor.redact(text)).toBe(text)
  })
})
