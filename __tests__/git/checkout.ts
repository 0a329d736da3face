// A checkout made the way actions/checkout makes one: `git init`, an `origin` remote, a shallow
// fetch over HTTP with the token in an extraheader, and (v4's default) that header persisted in
// `.git/config`. Tests publish from it against the fake GitHub's smart-HTTP remote.
import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { FakeGitHub } from '../../__fixtures__/github/server.js'

export interface Checkout {
  dir: string
  /** git in the checkout, as a user (or the agent) would run it; local commands only (it blocks). */
  git: (...args: string[]) => string
  headSha: string
  cleanup: () => void
}

export interface CheckoutOptions {
  owner: string
  repo: string
  /** Branch or other ref to check out (default: the default branch). */
  ref?: string
  /** `true`: checkout v4's persisted header with the job token; `'stale'`: one with an expired token. */
  persistCredentials?: boolean | 'stale'
  /** History depth; actions/checkout fetches 1 commit by default. */
  depth?: number
}

const TEST_GIT_ENV = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0',
  GIT_AUTHOR_NAME: 'Someone',
  GIT_AUTHOR_EMAIL: 'someone@example.invalid',
  GIT_COMMITTER_NAME: 'Someone',
  GIT_COMMITTER_EMAIL: 'someone@example.invalid',
}

export function authHeaderFor(token: string): string {
  return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`
}

const execFileAsync = promisify(execFile)

/** git over the network must not block: the fake GitHub answers from this same process. */
export async function gitAsync(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await execFileAsync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...TEST_GIT_ENV },
    maxBuffer: 256 * 1024 * 1024,
  })
  return stdout
}

export async function checkoutRepo(fake: FakeGitHub, options: CheckoutOptions): Promise<Checkout> {
  const root = mkdtempSync(path.join(tmpdir(), 'codex-checkout-'))
  const dir = path.join(root, options.repo)
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ...TEST_GIT_ENV },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  execFileSync('git', ['init', '--quiet', dir], { env: { ...process.env, ...TEST_GIT_ENV } })
  const url = `${fake.serverUrl}/${options.owner}/${options.repo}.git`
  const headerKey = `http.${fake.serverUrl}/.extraheader`
  git('remote', 'add', 'origin', url)
  const ref = options.ref ?? fake.state.repo(`${options.owner}/${options.repo}`).defaultBranch
  const remoteRef = ref.startsWith('refs/') ? ref : `refs/heads/${ref}`
  const localRef = ref.startsWith('refs/') ? 'refs/remotes/origin/checkout' : `refs/remotes/origin/${ref}`
  await gitAsync(dir, [
    '-c',
    `${headerKey}=${authHeaderFor(fake.token)}`,
    'fetch',
    '--quiet',
    '--no-tags',
    `--depth=${options.depth ?? 1}`,
    'origin',
    `+${remoteRef}:${localRef}`,
  ])
  if (ref.startsWith('refs/')) git('checkout', '--quiet', '--detach', localRef)
  else git('checkout', '--quiet', '-B', ref, localRef)
  if (options.persistCredentials === true) git('config', headerKey, authHeaderFor(fake.token))
  if (options.persistCredentials === 'stale')
    git('config', headerKey, authHeaderFor('ghs_expiredToken000000000000000000000000'))
  const headSha = git('rev-parse', 'HEAD').trim()
  return { dir, git, headSha, cleanup: () => rmSync(root, { recursive: true, force: true }) }
}
