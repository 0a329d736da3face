// Errors the fake answers with, shaped like GitHub's: `{ message, documentation_url, status }`,
// plus `errors` on a 422.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: unknown[],
    readonly documentationUrl = 'https://docs.github.com/rest',
  ) {
    super(message)
  }

  body(): Record<string, unknown> {
    return {
      message: this.message,
      ...(this.errors ? { errors: this.errors } : {}),
      documentation_url: this.documentationUrl,
      status: String(this.status),
    }
  }
}

export function notFound(): ApiError {
  return new ApiError(404, 'Not Found')
}

/** GitHub's 422: a generic message with the specific reasons in `errors`. */
export function validationFailed(...errors: Array<Record<string, unknown>>): ApiError {
  return new ApiError(422, 'Validation Failed', errors)
}
