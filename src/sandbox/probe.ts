// Before the first model call: can bubblewrap sandbox a trivial command here? If not, and the caller
// says this machine may be repaired (only the action on a GitHub-hosted runner, a throwaway VM), fix
// what is known to break it (bwrap missing, Ubuntu 24.04's AppArmor block on unprivileged user
// namespaces) with passwordless sudo, then ask again. Anywhere else nothing is changed: the failure
// names the exact commands to run. A sandbox that cannot work fails closed.
import fs from 'node:fs'
import path from 'node:path'
import type { LimitSupport } from './bwrap.js'
import { resolveProgram, runProcess } from './run.js'

export interface ProbeOptions {
  bwrapPath?: string | undefined
  log?: ((line: string) => void) | undefined
  /** Repair the machine with sudo (apt-get, sysctl). Only the action on a GitHub-hosted runner sets it. */
  autoFix?: boolean | undefined
}

export type ProbeResult =
  | { ok: true; bwrapPath: string; support: LimitSupport }
  /** `fix`: the commands that would repair this machine, for the message. */
  | { ok: false; cause: string; fix: string[] }

const APPARMOR_USERNS_SYSCTL = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns'
const PROBE_TIMEOUT_MS = 10_000
const FIX_TIMEOUT_MS = 300_000
const PROBE_ENV = { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' }

const INSTALL_FIX = 'sudo apt-get install -y bubblewrap'
const NO_SIZE_OPTION = 'works-without-size'
const APPARMOR_FIX = 'sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0'

export class SandboxUnavailableError extends Error {
  constructor(
    override readonly cause: string,
    readonly fix: string[] = [],
  ) {
    const run =
      fix.length > 0
        ? `run ${fix.map((command) => `\`${command}\``).join(' then ')} on it`
        : `install bubblewrap (\`${INSTALL_FIX}\`) and allow unprivileged user namespaces (\`${APPARMOR_FIX}\` on Ubuntu 24.04)`
    super(
      `The sandbox cannot run commands on this machine: ${cause}. Refusing to start the model without it. ` +
        `Either fix the runner: ${run} (the action does this by itself only on a GitHub-hosted runner), ` +
        'or set `sandbox: danger-full-access` knowingly, on a runner you can throw away, ' +
        'where every command of the model runs with the job’s full access.',
    )
    this.name = 'SandboxUnavailableError'
  }
}

/**
 * True on a GitHub-hosted runner, a VM thrown away after the job: the only machine the action
 * repairs by itself. A self-hosted runner (RUNNER_ENVIRONMENT=self-hosted) is someone's machine.
 */
export function isGitHubHostedRunner(env: NodeJS.ProcessEnv): boolean {
  return env.GITHUB_ACTIONS === 'true' && env.RUNNER_ENVIRONMENT === 'github-hosted'
}

/** The harness's own PATH first (a runner may install tools elsewhere), then the usual folders. */
function searchPath(): string {
  return [process.env.PATH, PROBE_ENV.PATH].filter(Boolean).join(':')
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK)
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}

function findBwrap(explicitPath: string | undefined): string | undefined {
  if (explicitPath !== undefined) return isExecutable(explicitPath) ? explicitPath : undefined
  // The harness's PATH, as for any program it runs (the usual folders only when it has none).
  return (process.env.PATH ?? PROBE_ENV.PATH)
    .split(':')
    .map((folder) => path.join(folder, 'bwrap'))
    .find((file) => path.isAbsolute(file) && isExecutable(file))
}

/** The same namespaces and mounts real commands get, around `true`. */
function probeArgv(bwrapPath: string, sizeOption: boolean): string[] {
  const tmp = sizeOption ? ['--size', '1048576', '--tmpfs', '/tmp'] : ['--tmpfs', '/tmp']
  return [
    bwrapPath,
    ...[
      '--unshare-user',
      '--unshare-pid',
      '--unshare-ipc',
      '--unshare-uts',
      '--unshare-cgroup-try',
      '--unshare-net',
    ],
    ...['--disable-userns', '--cap-drop', 'ALL', '--die-with-parent', '--new-session'],
    ...['--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc', ...tmp, '--chdir', '/'],
    '--',
    'true',
  ]
}

/** undefined when it worked; a bwrap older than 0.5 has no `--size`, and is tried again without. */
async function tryBwrap(bwrapPath: string, sizeOption = true): Promise<string | undefined> {
  const outcome = await runProcess({
    argv: probeArgv(bwrapPath, sizeOption),
    cwd: '/',
    env: PROBE_ENV,
    timeoutMs: PROBE_TIMEOUT_MS,
  })
  if (outcome.exitCode === 0) return undefined
  if (sizeOption && /unknown option.*--size/i.test(outcome.output)) {
    const failure = await tryBwrap(bwrapPath, false)
    return failure ?? NO_SIZE_OPTION
  }
  const said = outcome.spawnError ?? (outcome.output.trim() || `exit code ${String(outcome.exitCode)}`)
  return `\`${bwrapPath}\` could not run a sandboxed \`true\`${outcome.timedOut ? ' (timed out)' : ''}: ${said}`
}

function readSysctl(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    return undefined
  }
}

function explainFailure(failure: string): { cause: string; fix: string[] } {
  if (readSysctl(APPARMOR_USERNS_SYSCTL) === '1') {
    return {
      cause: `${failure} (AppArmor blocks unprivileged user namespaces: kernel.apparmor_restrict_unprivileged_userns=1)`,
      fix: [APPARMOR_FIX],
    }
  }
  if (readSysctl('/proc/sys/kernel/unprivileged_userns_clone') === '0') {
    return {
      cause: `${failure} (unprivileged user namespaces are off: kernel.unprivileged_userns_clone=0)`,
      fix: ['sudo sysctl -w kernel.unprivileged_userns_clone=1'],
    }
  }
  if (readSysctl('/proc/sys/user/max_user_namespaces') === '0') {
    return {
      cause: `${failure} (user namespaces are off: user.max_user_namespaces=0)`,
      fix: ['sudo sysctl -w user.max_user_namespaces=10000'],
    }
  }
  return { cause: failure, fix: [] }
}

async function privileged(argv: string[], log: (line: string) => void): Promise<boolean> {
  const asRoot = process.getuid?.() === 0
  const command = asRoot ? argv : ['sudo', '-n', ...argv]
  log(`sandbox probe: running \`${command.join(' ')}\``)
  const outcome = await runProcess({
    argv: command,
    cwd: '/',
    env: { PATH: searchPath(), DEBIAN_FRONTEND: 'noninteractive' },
    timeoutMs: FIX_TIMEOUT_MS,
  })
  if (outcome.exitCode !== 0)
    log(`sandbox probe: \`${command.join(' ')}\` failed: ${outcome.output.trim().slice(-500)}`)
  return outcome.exitCode === 0
}

async function canEscalate(): Promise<boolean> {
  if (process.getuid?.() === 0) return true
  const outcome = await runProcess({
    argv: ['sudo', '-n', 'true'],
    cwd: '/',
    env: { PATH: searchPath() },
    timeoutMs: PROBE_TIMEOUT_MS,
  })
  return outcome.exitCode === 0
}

/** Installs bwrap when missing and lifts the AppArmor block when set; true when anything was changed. */
async function autoFix(
  bwrapMissing: boolean,
  explicitPath: boolean,
  log: (line: string) => void,
): Promise<boolean> {
  if (!(await canEscalate())) {
    log('sandbox probe: no passwordless sudo, so the runner cannot be fixed from here')
    return false
  }
  let changed = false
  if (bwrapMissing && !explicitPath) {
    log('sandbox probe: bubblewrap is missing; installing it with apt-get')
    const install = ['apt-get', 'install', '-y', '-q', 'bubblewrap']
    changed =
      (await privileged(install, log)) ||
      ((await privileged(['apt-get', 'update', '-q'], log)) && (await privileged(install, log)))
  }
  if (readSysctl(APPARMOR_USERNS_SYSCTL) === '1') {
    log('sandbox probe: AppArmor restricts unprivileged user namespaces; lifting it for this runner')
    changed =
      (await privileged(['sysctl', '-w', 'kernel.apparmor_restrict_unprivileged_userns=0'], log)) || changed
  }
  return changed
}

async function probeOnce(explicitPath: string | undefined): Promise<ProbeResult & { bwrapMissing: boolean }> {
  const bwrapPath = findBwrap(explicitPath)
  if (bwrapPath === undefined) {
    const where = explicitPath === undefined ? 'on PATH' : `at ${explicitPath}`
    const fix = explicitPath === undefined ? [INSTALL_FIX] : []
    return { ok: false, bwrapMissing: true, cause: `bubblewrap (bwrap) was not found ${where}`, fix }
  }
  const failure = await tryBwrap(bwrapPath)
  if (failure === undefined || failure === NO_SIZE_OPTION) {
    const prlimit = resolveProgram('prlimit', { PATH: searchPath() })
    const support = {
      sizeOption: failure === undefined,
      prlimit: path.isAbsolute(prlimit) ? prlimit : undefined,
    }
    return { ok: true, bwrapMissing: false, bwrapPath, support }
  }
  return { ok: false, bwrapMissing: false, ...explainFailure(failure) }
}

function failed(result: { cause: string; fix: string[] }): ProbeResult {
  return { ok: false, cause: result.cause, fix: result.fix }
}

/** Is bwrap there, and does a trivial sandboxed command work? With `autoFix`, repairs and asks again. */
export async function probeSandbox(options: ProbeOptions = {}): Promise<ProbeResult> {
  const log = options.log ?? (() => undefined)
  const first = await probeOnce(options.bwrapPath)
  if (first.ok) return { ok: true, bwrapPath: first.bwrapPath, support: first.support }
  log(`sandbox probe: ${first.cause}`)
  if (!options.autoFix) {
    const fix = first.fix.length > 0 ? `; to fix it run: ${first.fix.join(' && ')}` : ''
    log(
      `sandbox probe: this machine is left as it is (only the action on a GitHub-hosted runner repairs it)${fix}`,
    )
    return failed(first)
  }
  if (!(await autoFix(first.bwrapMissing, options.bwrapPath !== undefined, log))) return failed(first)
  const second = await probeOnce(options.bwrapPath)
  if (second.ok) {
    log(`sandbox probe: bubblewrap works now (${second.bwrapPath})`)
    return { ok: true, bwrapPath: second.bwrapPath, support: second.support }
  }
  log(`sandbox probe: still failing after the fix: ${second.cause}`)
  return failed(second)
}
