// A provider's `[auth]` command, run for its bearer token as Codex runs it: the program and its
// arguments as an argv (never through a shell), on the host with the user's environment (never in
// the sandbox: the token is the user's, not the model's), within `timeout_ms`. The token is kept for
// `refresh_interval_ms` and fetched anew after the provider answers 401.
import { execFile } from 'node:child_process'
import type { ProviderAuthCommand } from '../config/types.js'

export interface TokenSource {
  /** The current token, running the command when there is none or it is too old. */
  token(): Promise<string>
  /** Forget the token (the provider refused it); the next `token()` runs the command again. */
  invalidate(): void
}

/** A failed token command, named by its config key; never holds the command's output. */
export class AuthCommandError extends Error {}

export function commandTokenSource(
  auth: ProviderAuthCommand,
  options: { providerId: string; env: NodeJS.ProcessEnv },
): TokenSource {
  const key = `model_providers.${options.providerId}.auth`
  let cached: { token: string; at: number } | undefined
  let pending: Promise<string> | undefined
  const fresh = () =>
    cached !== undefined && (auth.refreshIntervalMs === 0 || Date.now() - cached.at < auth.refreshIntervalMs)
  return {
    async token() {
      if (cached && fresh()) return cached.token
      // Concurrent requests share one run of the command.
      pending ??= runCommand(auth, key, options.env).finally(() => (pending = undefined))
      const token = await pending
      cached = { token, at: Date.now() }
      return token
    },
    invalidate() {
      cached = undefined
    },
  }
}

function runCommand(auth: ProviderAuthCommand, key: string, env: NodeJS.ProcessEnv): Promise<string> {
  const shown = [auth.command, ...auth.args].join(' ')
  return new Promise((resolve, reject) => {
    execFile(
      auth.command,
      auth.args,
      { cwd: auth.cwd, env, timeout: auth.timeoutMs, maxBuffer: 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error) {
          const why = error.killed
            ? `did not finish within ${auth.timeoutMs} ms`
            : error.code === 'ENOENT'
              ? 'was not found'
              : `failed (${typeof error.code === 'number' ? `exit code ${error.code}` : String(error.code ?? error.signal)})`
          const said = stderr.trim().split('\n')[0]?.slice(0, 200)
          reject(
            new AuthCommandError(
              `${key}: the token command \`${shown}\` ${why}${said ? `: ${said}` : ''}. Fix: run it yourself to check it prints a token, or correct ${key}.command/args`,
            ),
          )
          return
        }
        const token = stdout.trim()
        if (token === '')
          reject(
            new AuthCommandError(
              `${key}: the token command \`${shown}\` printed nothing. Fix: make it print the token on stdout`,
            ),
          )
        else resolve(token)
      },
    )
  })
}
