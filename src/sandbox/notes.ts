// One line appended to a command's output when the sandbox, not the command, is why it failed, so
// the model stops retrying a write or a download the policy forbids.
import path from 'node:path'
import { isInside } from './bwrap.js'
import type { SandboxPolicy } from './types.js'

const READ_ONLY_FS = /read-only file system|\bEROFS\b/i
const PERMISSION_DENIED = /permission denied|\bEACCES\b|\bEPERM\b|operation not permitted/i
const NETWORK_REFUSED =
  /could not resolve host|ENOTFOUND|EAI_AGAIN|temporary failure in name resolution|network is unreachable|ENETUNREACH|fetch failed|ECONNREFUSED|connection refused|failed to connect/i
const ABSOLUTE_PATH = /(?:^|[\s'"`:(=])(\/[^\s'"`:)]*)/g

function deniedPaths(output: string): string[] {
  const paths: string[] = []
  for (const line of output.split('\n')) {
    if (!PERMISSION_DENIED.test(line)) continue
    for (const match of line.matchAll(ABSOLUTE_PATH)) if (match[1]) paths.push(path.normalize(match[1]))
  }
  return paths
}

function isWritable(target: string, writableRoots: string[]): boolean {
  if (isInside(target, '/tmp')) return true
  const root = writableRoots.find((candidate) => isInside(target, candidate))
  return root !== undefined && !isInside(target, path.join(root, '.git'))
}

function writeWasRefused(output: string, writableRoots: string[]): boolean {
  if (READ_ONLY_FS.test(output)) return true
  return deniedPaths(output).some((denied) => !isWritable(denied, writableRoots))
}

function writeNote(policy: SandboxPolicy, writableRoots: string[]): string {
  if (policy.mode === 'read-only') {
    return (
      '[sandbox] the read-only policy forbids writing files: only /tmp is writable, private to this command ' +
      'and discarded after it. Do not retry the write.'
    )
  }
  const extra = writableRoots.filter((root) => root !== path.resolve(policy.workspace))
  const roots = extra.length > 0 ? ` (and writable_roots: ${extra.join(', ')})` : ' (and writable_roots)'
  return (
    `[sandbox] workspace-write allows writes only inside ${policy.workspace}${roots} and a private /tmp; ` +
    '.git/ is read-only (the harness commits, not you).'
  )
}

const FORK_REFUSED =
  /(fork|spawn|clone|thread|process)[^\n]*(Resource temporarily unavailable|\bEAGAIN\b)|Cannot fork|can't fork/i
const NO_SPACE = /No space left on device|\bENOSPC\b/

function limitNote(policy: SandboxPolicy, output: string): string | undefined {
  const { maxProcesses, tmpSizeMb } = policy.limits ?? {}
  if (maxProcesses !== undefined && FORK_REFUSED.test(output)) {
    return `[sandbox] the command reached the sandbox's limit of ${maxProcesses} processes and could not start more; a runaway fork is stopped here. Run fewer processes at once.`
  }
  if (tmpSizeMb !== undefined && NO_SPACE.test(output)) {
    return `[sandbox] /tmp (and /run) are private and capped at ${tmpSizeMb} MiB; write large files inside the workspace instead.`
  }
  return undefined
}

/** The line to append to a sandboxed command's output, or undefined when the sandbox is not to blame. */
export function sandboxNote(
  policy: SandboxPolicy,
  writableRoots: string[],
  networkOn: boolean,
  output: string,
): string | undefined {
  if (policy.mode === 'danger-full-access') return undefined
  const limit = limitNote(policy, output)
  if (limit !== undefined) return limit
  if (writeWasRefused(output, writableRoots)) return writeNote(policy, writableRoots)
  if (!networkOn && NETWORK_REFUSED.test(output)) {
    return `[sandbox] network access is off under ${policy.mode}: no host outside this command can be reached (a server the command itself starts on loopback works).`
  }
  return undefined
}
