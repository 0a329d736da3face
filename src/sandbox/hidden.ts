// Host paths a sandboxed command must never read or connect to: the runner's temp folder and file
// commands, the runner's own credentials, every credential file or folder under HOME (while the
// toolchains setup-* actions install there stay readable: only the secret files go), and the Unix
// sockets of host services under HOME (those under /run, /var/run and /tmp go with the private
// mounts, see bwrap.ts). A socket is reachable through a read-only mount, so it must be covered.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { WalkCache } from './walk-cache.js'

/** Relative to HOME: files and folders that hold credentials, never code a build needs. */
export const HOME_CREDENTIALS: readonly string[] = [
  ...['.ssh', '.gnupg', '.docker', '.netrc', '.git-credentials', '.config/git/credentials'],
  ...['.npmrc', '.yarnrc', '.yarnrc.yml', '.pypirc', '.config/pip/pip.conf', '.gem/credentials'],
  ...['.cargo/credentials', '.cargo/credentials.toml', '.aws', '.azure', '.kube', '.config/gcloud'],
  ...['.config/gh', '.config/hub', '.config/containers/auth.json', '.pgpass', '.my.cnf'],
  ...['.terraform.d/credentials.tfrc.json', '.m2/settings-security.xml', '.local/share/keyrings'],
]

/** The runner's install folder when we run under its bundled Node (`<root>/externals/nodeNN/bin/node`). */
export function runnerRootOf(execPath: string): string | undefined {
  const match = /^(.+)\/externals\/node\d*\/bin\/node$/.exec(execPath)
  return match?.[1]
}

const SOCKET_SCAN_DEPTH = 4
const SOCKET_SCAN_ENTRIES = 20_000
const SKIPPED_IN_HOME = new Set(['node_modules', '.git', '.cache', '.npm', '.cargo', '.rustup', 'go'])

/**
 * Unix sockets under `home` (gpg-agent, ssh-agent, an IDE's or a rootless docker's), skipping the
 * folders shown to the sandbox anyway (a command's own socket there is its business) and big
 * caches. Bounded, so a huge HOME costs milliseconds, not seconds.
 */
export function socketsUnder(home: string, skip: readonly string[]): string[] {
  const key = JSON.stringify([home, skip])
  const cached = socketScans.get(key)
  if (cached) return [...cached]
  const startedAt = Date.now()
  const read: string[] = []
  const found: string[] = []
  let budget = SOCKET_SCAN_ENTRIES
  const visit = (dir: string, depth: number): void => {
    let entries: fs.Dirent[]
    read.push(dir)
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      if (--budget < 0) return
      const full = path.join(dir, entry.name)
      if (entry.isSocket()) found.push(full)
      else if (entry.isDirectory() && depth > 0 && !SKIPPED_IN_HOME.has(entry.name) && !skip.includes(full))
        visit(full, depth - 1)
    }
  }
  visit(home, SOCKET_SCAN_DEPTH)
  // A folder that could not be read is kept too: it appearing changes its parent's mtime.
  socketScans.set(key, read, found, startedAt)
  return [...found]
}

/** The scan runs before every command; reused while no folder it read has changed. */
const socketScans = new WalkCache<string[]>()

/** Host paths the model must never read: runner temp and file commands, credentials, sockets. */
export function pathsToHide(
  parentEnv: NodeJS.ProcessEnv,
  execPath: string,
  boundRoots: string[] = [],
): string[] {
  const candidates: string[] = []
  if (parentEnv.RUNNER_TEMP) candidates.push(parentEnv.RUNNER_TEMP)
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'GITHUB_PATH']) {
    const file = parentEnv[name]
    // The folder (`_runner_file_commands`) holds the files of every step, not only ours.
    if (file && path.isAbsolute(file)) candidates.push(path.dirname(file))
  }
  const homes = new Set([parentEnv.HOME, os.homedir()].filter((home): home is string => Boolean(home)))
  for (const home of homes) {
    for (const secret of HOME_CREDENTIALS) candidates.push(path.join(home, secret))
    if (path.isAbsolute(home) && home !== '/') candidates.push(...socketsUnder(home, boundRoots))
  }
  if (parentEnv.XDG_CONFIG_HOME) candidates.push(path.join(parentEnv.XDG_CONFIG_HOME, 'gh'))
  candidates.push('/var/run/docker.sock', '/run/docker.sock')
  const runnerRoot = runnerRootOf(execPath)
  if (runnerRoot) {
    for (const file of ['.credentials', '.credentials_rsaparams', '.runner']) {
      candidates.push(path.join(runnerRoot, file))
    }
  }
  return candidates
    .filter((candidate) => path.isAbsolute(candidate))
    .map((candidate) => path.resolve(candidate))
}
