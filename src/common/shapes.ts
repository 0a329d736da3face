// Checks shared by the readers of stored state (sessions, a cancelled run's hand-over, hidden-ref
// records): what a full commit name looks like, and what a JSON object is.

/** A full commit name: SHA-1 (40 hex digits) or SHA-256 (64). */
export const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/

/** A JSON object (not null, not an array): the only shape whose fields a reader may look at. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
