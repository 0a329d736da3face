// How every git command the harness runs is started: an absolute binary resolved once, a fixed set
// of hardening `-c` options, and an environment built from scratch (nothing inherited that git
// reads: no GIT_*, no global or system config, no askpass, no pager). simple-git is the process
// runner; its guards against dangerous options are relaxed only for the constant values below.
import fs from 'node:fs'
import path from 'node:path'
import { simpleGit, type SimpleGitOptions } from 'simple-git'

/**
 * Command-line config outranks every config file, so these hold even against a `.git/config` the
 * agent could have written. Values are constants, never derived from the task or the model.
 */
export const HARDENING_CONFIG: readonly string[] = [
  'core.hooksPath=/dev/null',
  'core.fsmonitor=false',
  'core.untrackedCache=false',
  'core.pager=cat',
  'core.askPass=',
  'core.quotePath=false',
  // An empty value resets git's list of credential helpers: no stored credential is consulted.
  'credential.helper=',
  'diff.external=',
  'diff.ignoreSubmodules=all',
  'protocol.allow=never',
  'protocol.https.allow=always',
  'protocol.http.allow=always',
  'protocol.ext.allow=never',
  'protocol.file.allow=never',
  'submodule.recurse=false',
  'fetch.recurseSubmodules=false',
  'push.recurseSubmodules=no',
  'commit.gpgSign=false',
  'push.gpgSign=false',
  'gc.auto=0',
  'maintenance.auto=false',
  'fetch.writeCommitGraph=false',
  'color.ui=never',
]

/** Environment variables carried over from the parent: reaching a proxy, finding CA certificates. */
const PASS_THROUGH_ENV = [
  'PATH',
  'TMPDIR',
  'http_proxy',
  'https_proxy',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'no_proxy',
  'NO_PROXY',
  'ALL_PROXY',
  'all_proxy',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
]

/** The GIT_* variables this module sets itself; simple-git strips any other. */
const OWN_GIT_ENV = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_INDEX_FILE',
  'GIT_CONFIG_NOSYSTEM',
  'GIT_CONFIG_GLOBAL',
  'GIT_CONFIG_COUNT',
  'GIT_CONFIG_KEY_0',
  'GIT_CONFIG_VALUE_0',
  'GIT_CONFIG_KEY_1',
  'GIT_CONFIG_VALUE_1',
  'GIT_TERMINAL_PROMPT',
  'GIT_LITERAL_PATHSPECS',
  'GIT_NO_REPLACE_OBJECTS',
  'GIT_OPTIONAL_LOCKS',
  'GIT_AUTHOR_NAME',
  'GIT_AUTHOR_EMAIL',
  'GIT_AUTHOR_DATE',
  'GIT_COMMITTER_NAME',
  'GIT_COMMITTER_EMAIL',
  'GIT_COMMITTER_DATE',
]

let resolvedBinary: string | undefined

/** The absolute path of `git` on PATH, looked up once; a relative PATH entry is never used. */
export function gitBinary(searchPath = process.env.PATH ?? ''): string {
  if (resolvedBinary) return resolvedBinary
  for (const folder of searchPath.split(path.delimiter)) {
    if (!path.isAbsolute(folder)) continue
    const candidate = path.join(folder, 'git')
    try {
      fs.accessSync(candidate, fs.constants.X_OK)
      if (!fs.statSync(candidate).isFile()) continue
      resolvedBinary = candidate
      return candidate
    } catch {
      // not in this folder
    }
  }
  throw new Error('git was not found on PATH: install git on the runner (actions/checkout needs it too)')
}

export class GitCommandError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly output: string,
  ) {
    super(`git ${args[0] ?? ''} failed: ${output.trim() || 'no output'}`)
    this.name = 'GitCommandError'
  }
}

/** A git command killed for running too long (a FIFO it opened, a server that stopped answering). */
export class GitTimeoutError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly timeoutMs: number,
  ) {
    super(
      `git ${args[0] ?? ''} did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped` +
        (args[0] === 'push' ? '; the branch may or may not have moved, check it before running again' : ''),
    )
    this.name = 'GitTimeoutError'
  }
}

/** How long one git command may run: long enough for a big push, short of the job's timeout. */
export const GIT_TIMEOUT_MS = 10 * 60_000

export interface GitRunOptions {
  /** Folder the process starts in (must exist). */
  cwd: string
  /** GIT_* and identity variables for this command (see OWN_GIT_ENV). */
  env: Record<string, string>
  /** HOME for the command: an empty folder, so no ~/.gitconfig or ~/.netrc is read. */
  home: string
  signal?: AbortSignal | undefined
  /** The command is killed after this long (default GIT_TIMEOUT_MS), with a GitTimeoutError. */
  timeoutMs?: number | undefined
}

/** The environment every git command gets: built from an allow-list, never inherited wholesale. */
export function gitEnvironment(options: Pick<GitRunOptions, 'env' | 'home'>): Record<string, string> {
  const env: Record<string, string> = {}
  for (const name of PASS_THROUGH_ENV) {
    const value = process.env[name]
    if (value !== undefined) env[name] = value
  }
  return {
    ...env,
    HOME: options.home,
    XDG_CONFIG_HOME: options.home,
    LC_ALL: 'C',
    LANG: 'C',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_NO_REPLACE_OBJECTS: '1',
    GIT_OPTIONAL_LOCKS: '0',
    ...options.env,
  }
}

/** Runs `git <HARDENING_CONFIG> <args>` and returns its standard output. */
export async function runGit(args: string[], options: GitRunOptions): Promise<string> {
  options.signal?.throwIfAborted()
  const timeoutMs = options.timeoutMs ?? GIT_TIMEOUT_MS
  const timeout = AbortSignal.timeout(timeoutMs)
  const abort = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout
  let failure: GitCommandError | undefined
  const git = simpleGit({
    ...baseOptions(options, abort),
    errors: (error, result) => {
      if (result.exitCode === 0) return error
      failure = new GitCommandError(
        args,
        Buffer.concat([...result.stdErr, ...result.stdOut]).toString('utf8'),
      )
      return failure
    },
  }).env(gitEnvironment(options))
  try {
    return await git.raw(args)
  } catch (error) {
    options.signal?.throwIfAborted()
    if (timeout.aborted) throw new GitTimeoutError(args, timeoutMs)
    throw failure ?? error
  }
}

/** The bytes of a blob (file contents may be binary, so not through runGit's text output). */
export async function readGitBlob(sha: string, options: GitRunOptions): Promise<Buffer> {
  options.signal?.throwIfAborted()
  const timeoutMs = options.timeoutMs ?? GIT_TIMEOUT_MS
  const timeout = AbortSignal.timeout(timeoutMs)
  const abort = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout
  const git = simpleGit(baseOptions(options, abort)).env(gitEnvironment(options))
  try {
    return await git.binaryCatFile(['blob', sha])
  } catch (error) {
    options.signal?.throwIfAborted()
    if (timeout.aborted) throw new GitTimeoutError(['cat-file', 'blob', sha], timeoutMs)
    throw error
  }
}

function baseOptions(options: GitRunOptions, abort: AbortSignal): Partial<SimpleGitOptions> {
  return {
    baseDir: options.cwd,
    binary: gitBinary(),
    config: [...HARDENING_CONFIG],
    maxConcurrentProcesses: 1,
    trimmed: false,
    allowEnvironment: OWN_GIT_ENV,
    abort,
    // Each flag allows a key this module sets to a safe constant (HARDENING_CONFIG, GIT_CONFIG_*).
    unsafe: {
      allowUnsafeHooksPath: true,
      allowUnsafeFsMonitor: true,
      allowUnsafePager: true,
      allowUnsafeAskPass: true,
      allowUnsafeCredentialHelper: true,
      allowUnsafeDiffExternal: true,
      allowUnsafeProtocolOverride: true,
      allowUnsafeConfigPaths: true,
      allowUnsafeConfigEnvCount: true,
    },
  }
}
