// The one policy for which environment variables hold secrets and which values are long enough to
// redact: shared by the sandbox (never pass them on), the redactor (never post them) and the loop
// (never show them to the model).

const SECRET_NAME_PARTS = ['KEY', 'SECRET', 'TOKEN', 'PASSWORD', 'CREDENTIAL']

/** Shorter values are not redacted: a 3-letter secret would shred ordinary words. */
export const MIN_SECRET_LENGTH = 6

/** True for a variable name that looks like it holds a credential (KEY, SECRET, TOKEN, PASSWORD, CREDENTIAL). */
export function isSecretName(name: string): boolean {
  const upper = name.toUpperCase()
  return SECRET_NAME_PARTS.some((part) => upper.includes(part))
}

/** Values of secret-looking variables, long enough to be redacted wherever they surface. */
export function secretValuesFromEnv(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env)
    .filter(([name]) => isSecretName(name))
    .map(([, value]) => value ?? '')
    .filter((value) => value.length >= MIN_SECRET_LENGTH)
}
