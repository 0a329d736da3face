// Policy → bubblewrap argv. Pure apart from looking at which paths exist (bwrap refuses to mount on
// a path it cannot find, and follows no symlink in a destination, so destinations are real paths).
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { pathsToHide } from './hidden.js'
import type { CommandRequest, LimitSupport, SandboxPolicy } from './types.js'

export { runnerRootOf } from './hidden.js'

export type PathKind = 'dir' | 'file'
/** What the builder needs to know of a host path: its kind and real path, or undefined when absent. */
export type InspectPath = (hostPath: string) => { kind: PathKind; realPath: string } | undefined

export interface BwrapInput {
  policy: SandboxPolicy
  argv: string[]
  cwd: string
  /** The runner's own environment: where HOME, RUNNER_TEMP and the GitHub file commands live. */
  parentEnv: NodeJS.ProcessEnv
  grant?: CommandRequest['grant']
  /** Sanitized copies bound read-only over a real `.git/config` (see git-config.ts). */
  fileOverrides?: { source: string; target: string }[]
  /** Absolute path of the Node binary running us: on a runner it sits inside the runner's install. */
  execPath?: string
  /** Installs that must stay readable under the private /tmp (default: see runtimeRoots). */
  runtimeRoots?: string[]
  inspect?: InspectPath
  /** What this bwrap and host can enforce (from the probe); limits are skipped without it. */
  support?: LimitSupport
}

export type { LimitSupport } from './types.js'

/**
 * Host folders replaced by private, empty, size-capped tmpfs: /tmp, and /run (with /var/run, its
 * usual link) whose Unix sockets (docker, systemd, dbus, nscd…) would be reachable otherwise.
 */
function privateMounts(inspect: InspectPath): string[] {
  const mounts = ['/tmp']
  for (const folder of ['/run', '/var/run']) {
    const found = inspect(folder)
    if (found?.kind === 'dir' && !mounts.includes(found.realPath)) mounts.push(found.realPath)
  }
  return mounts
}

/** Files under /run that name resolution reads (`/etc/resolv.conf` → systemd-resolved's stub file). */
function resolverFiles(inspect: InspectPath, mounts: string[]): string[] {
  const resolv = inspect('/etc/resolv.conf')
  if (resolv?.kind !== 'file') return []
  return mounts.some((mount) => mount !== '/tmp' && isInside(resolv.realPath, mount)) ? [resolv.realPath] : []
}

function tmpfsArgs(target: string, input: BwrapInput): string[] {
  const sizeMb = input.policy.limits?.tmpSizeMb
  if (sizeMb === undefined || !input.support?.sizeOption) return ['--tmpfs', target]
  return ['--size', String(sizeMb * 1024 * 1024), '--tmpfs', target]
}

/** The command, under a process cap when one is set and prlimit is there (RLIMIT_NPROC, hard). */
function limitedArgv(input: BwrapInput): string[] {
  const processes = input.policy.limits?.maxProcesses
  const prlimit = input.support?.prlimit
  if (processes === undefined || prlimit === undefined) return input.argv
  return [prlimit, `--nproc=${processes}:${processes}`, '--', ...input.argv]
}

/**
 * Where the Node runtime and the harness itself are installed. Commands need them (`node`, an MCP
 * server shipped with the project) even when they live under /tmp, which the sandbox replaces with
 * a private one; they hold code, not secrets, and are shown read-only.
 */
export function runtimeRoots(execPath: string, moduleUrl: string = import.meta.url): string[] {
  const roots = [path.dirname(path.dirname(execPath))]
  let dir = path.dirname(fileURLToPath(moduleUrl))
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) {
      roots.push(dir)
      break
    }
    const parent = path.dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  return roots
}

export const defaultInspect: InspectPath = (hostPath) => {
  try {
    const stat = fs.statSync(hostPath)
    // The native realpath is one system call; the JS one lstats every component of the path.
    return { kind: stat.isDirectory() ? 'dir' : 'file', realPath: fs.realpathSync.native(hostPath) }
  } catch {
    return undefined
  }
}

export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/** Workspace, writable_roots and any per-command grant (absolute); none under read-only. */
export function writableRootsOf(policy: SandboxPolicy, grant?: CommandRequest['grant']): string[] {
  if (policy.mode === 'read-only') return []
  const roots = [policy.workspace, ...policy.writableRoots, ...(grant?.writable ?? [])]
  return [...new Set(roots.map((root) => path.resolve(root)))]
}

export function networkAllowed(policy: SandboxPolicy, grant?: CommandRequest['grant']): boolean {
  if (policy.mode === 'danger-full-access') return true
  if (policy.mode === 'read-only') return false
  return policy.networkAccess || grant?.network === true
}

function hideArgs(kind: PathKind, target: string, readOnly: boolean): string[] {
  if (kind === 'file') return ['--ro-bind', '/dev/null', target]
  return readOnly ? ['--tmpfs', target, '--remount-ro', target] : ['--tmpfs', target]
}

interface Hidden {
  kind: PathKind
  target: string
  containsRoot: boolean
}

interface Mounts {
  /** Host folders bound into the sandbox at their own path (visible even under the private /tmp). */
  boundRoots: string[]
  writableRoots: string[]
  /** Runtime installs under /tmp, shown again read-only. */
  runtimeRoots: string[]
  /** /tmp, /run…: replaced by private tmpfs. */
  privateMounts: string[]
}

function mountArgs(input: BwrapInput, inspect: InspectPath, mounts: Mounts, hidden: Hidden[]): string[] {
  const args = ['--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc']
  for (const mount of mounts.privateMounts) args.push(...tmpfsArgs(mount, input))
  for (const file of resolverFiles(inspect, mounts.privateMounts)) args.push('--ro-bind', file, file)
  // A hidden folder that contains a bound root is emptied first, so the root can be bound back on top.
  for (const hide of hidden.filter((item) => item.containsRoot))
    args.push(...hideArgs(hide.kind, hide.target, false))
  for (const root of mounts.runtimeRoots) args.push('--ro-bind', root, root)
  if (input.policy.mode === 'read-only') {
    // The workspace may live under /tmp (tests, local runs): show it again, read-only.
    for (const root of mounts.boundRoots) args.push('--ro-bind', root, root)
  }
  for (const root of mounts.writableRoots) args.push('--bind', root, root)
  for (const root of mounts.writableRoots) {
    const gitDir = inspect(path.join(root, '.git'))
    if (gitDir) args.push('--ro-bind', gitDir.realPath, gitDir.realPath)
  }
  // A file under the private /tmp or a hidden folder is not there to replace (and bwrap would create it).
  const dirs = hidden.filter((item) => item.kind === 'dir').map((item) => item.target)
  const covers = [...mounts.privateMounts, ...dirs]
  const visibleRoots = [...mounts.boundRoots, ...mounts.runtimeRoots]
  for (const override of input.fileOverrides ?? []) {
    if (stillVisible(override.target, covers, visibleRoots))
      args.push('--ro-bind', override.source, override.target)
  }
  for (const hide of hidden.filter((item) => !item.containsRoot))
    args.push(...hideArgs(hide.kind, hide.target, true))
  return args
}

/**
 * A host path is still visible inside unless something mounted over an ancestor (the private /tmp,
 * or an emptied folder) — and no bound root under that ancestor brings it back.
 */
function stillVisible(target: string, covers: string[], boundRoots: string[]): boolean {
  return covers.every((cover) => {
    if (!isInside(target, cover)) return true
    return boundRoots.some((root) => isInside(target, root) && isInside(root, cover) && root !== cover)
  })
}

function hiddenPaths(
  input: BwrapInput,
  inspect: InspectPath,
  boundRoots: string[],
  privateMounts: string[],
): Hidden[] {
  const found = pathsToHide(input.parentEnv, input.execPath ?? process.execPath, boundRoots)
    .map((candidate) => inspect(candidate))
    .filter((item): item is NonNullable<typeof item> => item !== undefined && item.realPath !== '/')
    // Parents first: an emptied folder already hides what is under it, and mounting there would fail.
    .sort((a, b) => a.realPath.length - b.realPath.length)
  const hidden: Hidden[] = []
  const covers = [...privateMounts]
  for (const { kind, realPath: target } of found) {
    if (covers.includes(target) || !stillVisible(target, covers, boundRoots)) continue
    covers.push(target)
    hidden.push({ kind, target, containsRoot: boundRoots.some((root) => isInside(root, target)) })
  }
  return hidden
}

function namespaceArgs(policy: SandboxPolicy, grant: CommandRequest['grant']): string[] {
  const args = ['--unshare-user', '--unshare-pid', '--unshare-ipc', '--unshare-uts', '--unshare-cgroup-try']
  if (!networkAllowed(policy, grant)) args.push('--unshare-net')
  // Root on the host stays root with every capability in the new user namespace, enough to unmount
  // the read-only binds; drop them all, and forbid nested user namespaces that would hand them back.
  args.push('--disable-userns', '--cap-drop', 'ALL', '--die-with-parent', '--new-session')
  return args
}

function realRoots(roots: string[], inspect: InspectPath): string[] {
  const real = roots.map((root) => inspect(root)?.realPath).filter((root): root is string => Boolean(root))
  return [...new Set(real)].sort((a, b) => a.length - b.length)
}

/** The arguments after the bwrap executable: namespaces, mounts, `--chdir`, `--`, the command. */
export function buildBwrapArgs(input: BwrapInput): string[] {
  if (input.policy.mode === 'danger-full-access')
    throw new Error('danger-full-access runs without bubblewrap')
  const inspect = input.inspect ?? defaultInspect
  // bwrap follows no symlink in a destination, and cannot mount on a missing path: real, existing paths only.
  const writableRoots = realRoots(writableRootsOf(input.policy, input.grant), inspect)
  const boundRoots =
    input.policy.mode === 'read-only' ? realRoots([input.policy.workspace], inspect) : writableRoots
  const mounts = privateMounts(inspect)
  const runtime = realRoots(
    input.runtimeRoots ?? runtimeRoots(input.execPath ?? process.execPath),
    inspect,
  ).filter(
    (root) =>
      mounts.some((mount) => isInside(root, mount) && root !== mount) &&
      !boundRoots.some((bound) => isInside(root, bound)),
  )
  // Secrets under a runtime root are hidden again, like under any root shown inside the sandbox.
  const hidden = hiddenPaths(input, inspect, [...boundRoots, ...runtime], mounts)
  const allMounts = { boundRoots, writableRoots, runtimeRoots: runtime, privateMounts: mounts }
  return [
    ...namespaceArgs(input.policy, input.grant),
    ...mountArgs(input, inspect, allMounts, hidden),
    '--chdir',
    input.cwd,
    '--',
    ...limitedArgv(input),
  ]
}
