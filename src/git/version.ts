// The git the harness runs must know every option it passes: `fetch --no-write-fetch-head` came in
// git 2.29. An older git would fail in the middle of a run with "unknown option"; this says it
// at start-up, naming the version found and how to get a newer one.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { gitBinary } from './run.js'

export const MIN_GIT_VERSION: readonly [number, number] = [2, 29]

/** `git version 2.39.5` (or `2.45.1.windows.1`, `2.30.0.rc1`) → [2, 39]; undefined if unreadable. */
export function parseGitVersion(text: string): [number, number] | undefined {
  const match = /^git version (\d+)\.(\d+)/.exec(text.trim())
  if (!match?.[1] || !match[2]) return undefined
  return [Number(match[1]), Number(match[2])]
}

/** Why this `git --version` output will not do; undefined when the version is new enough. */
export function gitVersionProblem(versionText: string, binary = 'git'): string | undefined {
  const [major, minor] = MIN_GIT_VERSION
  const needed = `git ${major}.${minor} or newer is needed (the harness uses \`git fetch --no-write-fetch-head\`)`
  const version = parseGitVersion(versionText)
  if (version === undefined) {
    return `could not read the version of ${binary} (it printed ${JSON.stringify(versionText.trim().slice(0, 80))}); ${needed}`
  }
  if (version[0] > major || (version[0] === major && version[1] >= minor)) return undefined
  return `${binary} is version ${version.join('.')}: ${needed}. Install a newer git on the runner (GitHub-hosted runners have one; on Ubuntu, the git-core PPA) and run again`
}

/** Fails with a clear error when the git on PATH (or `binary`) is older than MIN_GIT_VERSION. */
export async function requireGitVersion(binary = gitBinary()): Promise<void> {
  const { stdout } = await promisify(execFile)(binary, ['--version'], {
    timeout: 30_000,
    env: { LC_ALL: 'C' },
  })
  const problem = gitVersionProblem(stdout, binary)
  if (problem !== undefined) throw new Error(problem)
}
