// Credentials for one git command. The token travels as an `http.<server>/.extraheader` set through
// GIT_CONFIG_COUNT in that command's environment: never written to any config file, and not on the
// command line (which every local user can read in /proc). The first, empty value clears whatever
// extraheader a config file might carry (actions/checkout persists one), so only ours is sent.

export interface RemoteAuth {
  /** GITHUB_SERVER_URL without a trailing slash, e.g. https://github.com. */
  serverUrl: string
  /** `<serverUrl>/<owner>/<repo>.git`: built by the harness, never read from `.git/config`. */
  repoUrl: string
  token: string
}

export function remoteFor(serverUrl: string, owner: string, repo: string, token: string): RemoteAuth {
  const server = serverUrl.replace(/\/+$/, '')
  return {
    serverUrl: server,
    repoUrl: `${server}/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}.git`,
    token,
  }
}

/** The header GitHub expects from git clients: Basic with `x-access-token:<token>`. */
export function basicAuthHeader(token: string): string {
  return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`
}

export function authEnv(auth: RemoteAuth): Record<string, string> {
  const key = `http.${auth.serverUrl}/.extraheader`
  return {
    GIT_CONFIG_COUNT: '2',
    GIT_CONFIG_KEY_0: key,
    GIT_CONFIG_VALUE_0: '',
    GIT_CONFIG_KEY_1: key,
    GIT_CONFIG_VALUE_1: basicAuthHeader(auth.token),
  }
}

/** The lines of a failed push that explain it (the remote's messages and git's verdict). */
export function pushFailureReason(output: string): string {
  const lines = output.split('\n').map((line) => line.trimEnd())
  const remote = lines
    .filter((line) => /^remote:\s*\S/.test(line))
    .map((line) => line.replace(/^remote:\s*/, ''))
  const verdict = lines.filter((line) =>
    /^!\s|\t\[(remote )?rejected\]|^\s*!\s*\[|^(error|fatal):/.test(line),
  )
  const picked = [...remote, ...verdict.map((line) => line.replace(/^!\t/, '').trim())]
  const unique = [...new Set(picked.filter((line) => line !== '' && !/^To\s/.test(line)))]
  return (unique.length > 0 ? unique : lines.filter(Boolean)).join('\n').slice(0, 2000)
}
