// Policy → bubblewrap argv. Pure apart from looking at which paths exist (bwrap refuses to mount on
// a path it cannot find, and follows no symlink in a destination, so destinations are real paths).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CommandRequest, SandboxPolicy } from './types.js'

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
    return { kind: stat.isDirectory() ? 'dir' : 'file', realPath: fs.realpathSync(hostPath) }
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

/** The runner's install folder when we run under its bundled Node (`<root>/externals/nodeNN/bin/node`). */
export function runnerRootOf(execPath: string): string | undefined {
  const match = /^(.+)\/externals\/node\d*\/bin\/node$/.exec(execPath)
  return match?.[1]
}

/** Host paths the model must never read: runner temp and file commands, credentials, the docker socket. */
export function pathsToHide(parentEnv: NodeJS.ProcessEnv, execPath: string): string[] {
  const candidates: string[] = []
  if (parentEnv.RUNNER_TEMP) candidates.push(parentEnv.RUNNER_TEMP)
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'GITHUB_PATH']) {
    const file = parentEnv[name]
    // The folder (`_runner_file_commands`) holds the files of every step, not only ours.
    if (file && path.isAbsolute(file)) candidates.push(path.dirname(file))
  }
  const homes = new Set([parentEnv.HOME, os.homedir()].filter((home): home is string => Boolean(home)))
  for (const home of homes) {
    for (const secret of ['.ssh', '.docker', '.git-credentials', '.config/gh', '.netrc', '.npmrc']) {
      candidates.push(path.join(home, secret))
    }
  }
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
}

function mountArgs(input: BwrapInput, inspect: InspectPath, mounts: Mounts, hidden: Hidden[]): string[] {
  const args = ['--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc', '--tmpfs', '/tmp']
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
  const covers = ['/tmp', ...hidden.filter((item) => item.kind === 'dir').map((item) => item.target)]
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

function hiddenPaths(input: BwrapInput, inspect: InspectPath, boundRoots: string[]): Hidden[] {
  const found = pathsToHide(input.parentEnv, input.execPath ?? process.execPath)
    .map((candidate) => inspect(candidate))
    .filter((item): item is NonNullable<typeof item> => item !== undefined && item.realPath !== '/')
    // Parents first: an emptied folder already hides what is under it, and mounting there would fail.
    .sort((a, b) => a.realPath.length - b.realPath.length)
  const hidden: Hidden[] = []
  const covers = ['/tmp']
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
  const runtime = realRoots(
    input.runtimeRoots ?? runtimeRoots(input.execPath ?? process.execPath),
    inspect,
  ).filter(
    (root) => isInside(root, '/tmp') && root !== '/tmp' && !boundRoots.some((bound) => isInside(root, bound)),
  )
  // Secrets under a runtime root are hidden again, like under any root shown inside the sandbox.
  const hidden = hiddenPaths(input, inspect, [...boundRoots, ...runtime])
  return [
    ...namespaceArgs(input.policy, input.grant),
    ...mountArgs(input, inspect, { boundRoots, writableRoots, runtimeRoots: runtime }, hidden),
    '--chdir',
    input.cwd,
    '--',
    ...input.argv,
  ]
}
