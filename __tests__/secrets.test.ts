// The one secret-name policy: the sandbox drops these variables, and the redactors (the action's
// and the one in front of the model) scrub their values from the same minimum length.
import { describe, expect, it } from 'vitest'
import { createRedactor } from '../src/common/redact.js'
import { isDefaultExcluded } from '../src/sandbox/env.js'
import { MIN_SECRET_LENGTH, isSecretName, secretValuesFromEnv } from '../src/secrets.js'

describe('secret-looking variables', () => {
  it('are the names the sandbox drops by default, and their values are what gets redacted', () => {
    const env = { NPM_TOKEN: 'npmtok', DB_PASSWORD: 'hunter2x', SHORT_KEY: 'abc', HOME: '/home/runner' }
    for (const name of Object.keys(env)) expect(isDefaultExcluded(name)).toBe(isSecretName(name) || false)
    expect(secretValuesFromEnv(env)).toEqual(['npmtok', 'hunter2x'])
  })

  it('share one minimum length with the redactor: a 6-character secret is redacted everywhere', () => {
    expect(MIN_SECRET_LENGTH).toBe(6)
    const [secret] = secretValuesFromEnv({ API_TOKEN: 'sixchr' })
    expect(createRedactor([secret ?? '']).redact('value sixchr here')).toBe('value [redacted secret] here')
    expect(createRedactor([secret ?? ''], { keyShapes: false }).redact('sixchr')).toBe('[redacted secret]')
  })
})
