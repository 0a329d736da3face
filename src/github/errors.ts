// What a failed GitHub request says: its HTTP status, and its message with the reasons GitHub
// gives for a 422. The one reading of Octokit's errors in github/.

/** The HTTP status of a failed request; undefined for a failure without one (network, bug). */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined
  return typeof error.status === 'number' ? error.status : undefined
}

/** GitHub's message plus the specific reasons of a 422 (`errors[].message`). */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const data = (error as Error & { response?: { data?: unknown } }).response?.data
  const reasons: string[] = []
  if (typeof data === 'object' && data !== null && 'errors' in data && Array.isArray(data.errors)) {
    for (const entry of data.errors as unknown[]) {
      if (typeof entry === 'string') reasons.push(entry)
      else if (typeof entry === 'object' && entry !== null && 'message' in entry)
        reasons.push(String(entry.message))
    }
  }
  return [error.message, ...reasons.filter((reason) => !error.message.includes(reason))].join(': ')
}
