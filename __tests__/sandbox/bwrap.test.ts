import { describe, expect, it } from 'vitest'
import { buildBwrapArgs, runnerRootOf } from '../../src/sandbox/bwrap.js'
import type { BwrapInput, InspectPath, PathKind } from '../../src/sandbox/bwrap.js'
import type { SandboxPolicy } from '../../src/sandbox/types.js'

/** A fake host: path → kind, with symlinks resolved through `links`. */
function fakeHost(paths: Record<string, PathKind>, links: Record<string, string> = {}): InspectPath {
  return (hostPath) => {
    const real = links[hostPath] ?? hostPath
    const kind = paths[real]
    return kind === undefined ? undefined : { kind, realPath: real }
  }
}

const HOST = {
  '/work/repo': 'dir',
  '/work/repo/.git': 'dir',
  '/cache': 'dir',
  '/home/runner/.ssh': 'dir',
  '/home/runner/.git-credentials': 'file',
  '/home/runner/work/_temp': 'dir',
  '/home/runner/work/_temp/_runner_file_commands': 'dir',
  '/run/docker.sock': 'file',
} as const

function input(policy: Partial<SandboxPolicy>, extra: Partial<BwrapInput> = {}): BwrapInput {
  return {
    policy: {
      mode: 'workspace-write',
      workspace: '/work/repo',
      writableRoots: [],
      networkAccess: false,
      ...policy,
    },
    argv: ['bash', '-lc', 'echo hi'],
    cwd: '/work/repo',
    parentEnv: {
      HOME: '/home/runner',
      RUNNER_TEMP: '/home/runner/work/_temp',
      GITHUB_OUTPUT: '/home/runner/work/_temp/_runner_file_commands/set_output_1',
    },
    execPath: '/usr/bin/node',
    inspect: fakeHost(HOST, { '/var/run/docker.sock': '/run/docker.sock' }),
    ...extra,
  }
}

/** The args as `--flag operand…` groups, to compare order without caring about argv layout. */
function mounts(args: string[]): string[] {
  const flags = new Set(['--ro-bind', '--bind', '--tmpfs', '--dev', '--proc', '--remount-ro'])
  const out: string[] = []
  for (let index = 0; index < args.length; index++) {
    const flag = args[index] ?? ''
    if (!flags.has(flag)) continue
    const operands = flag === '--ro-bind' || flag === '--bind' ? 2 : 1
    out.push([flag, ...args.slice(index + 1, index + 1 + operands)].join(' '))
  }
  return out
}

describe('buildBwrapArgs', () => {
  it('lays read-only root, private /tmp, the writable workspace, a read-only .git, then the hidden paths', () => {
    expect(mounts(buildBwrapArgs(input({})))).toEqual([
      '--ro-bind / /',
      '--dev /dev',
      '--proc /proc',
      '--tmpfs /tmp',
      '--bind /work/repo /work/repo',
      '--ro-bind /work/repo/.git /work/repo/.git',
      '--ro-bind /dev/null /run/docker.sock',
      '--tmpfs /home/runner/.ssh',
      '--remount-ro /home/runner/.ssh',
      '--tmpfs /home/runner/work/_temp',
      '--remount-ro /home/runner/work/_temp',
      '--ro-bind /dev/null /home/runner/.git-credentials',
    ])
  })

  it('drops every capability, forbids nested user namespaces and ends with the command', () => {
    const args = buildBwrapArgs(input({}))
    expect(args).toEqual(
      expect.arrayContaining(['--unshare-user', '--unshare-pid', '--unshare-ipc', '--unshare-net']),
    )
    expect(args).toEqual(expect.arrayContaining(['--disable-userns', '--die-with-parent', '--new-session']))
    expect(args.slice(args.indexOf('--cap-drop'), args.indexOf('--cap-drop') + 2)).toEqual([
      '--cap-drop',
      'ALL',
    ])
    expect(args.slice(-6)).toEqual(['--chdir', '/work/repo', '--', 'bash', '-lc', 'echo hi'])
  })

  it('keeps the network only when workspace-write allows it (by policy or a grant)', () => {
    expect(buildBwrapArgs(input({ networkAccess: true }))).not.toContain('--unshare-net')
    expect(buildBwrapArgs(input({}, { grant: { network: true } }))).not.toContain('--unshare-net')
    expect(buildBwrapArgs(input({ mode: 'read-only', networkAccess: true }))).toContain('--unshare-net')
  })

  it('under read-only binds nothing writable and shows the workspace read-only', () => {
    const args = buildBwrapArgs(input({ mode: 'read-only', writableRoots: ['/cache'] }))
    expect(args).not.toContain('--bind')
    expect(mounts(args)).toContain('--ro-bind /work/repo /work/repo')
  })

  it('binds writable_roots and granted folders, skipping ones that do not exist', () => {
    const args = buildBwrapArgs(
      input({ writableRoots: ['/cache', '/missing'] }, { grant: { writable: ['/cache'] } }),
    )
    expect(mounts(args).filter((mount) => mount.startsWith('--bind '))).toEqual([
      '--bind /cache /cache',
      '--bind /work/repo /work/repo',
    ])
  })

  it('empties RUNNER_TEMP before binding a workspace that lives inside it, so the workspace stays visible', () => {
    const inspect = fakeHost({ ...HOST, '/home/runner/work/_temp/ws': 'dir' })
    const args = buildBwrapArgs(
      input({ workspace: '/home/runner/work/_temp/ws' }, { inspect, cwd: '/home/runner/work/_temp/ws' }),
    )
    const order = mounts(args)
    expect(order.indexOf('--tmpfs /home/runner/work/_temp')).toBeLessThan(
      order.indexOf('--bind /home/runner/work/_temp/ws /home/runner/work/_temp/ws'),
    )
    expect(order).not.toContain('--remount-ro /home/runner/work/_temp')
  })

  it('hides a secret folder inside the workspace after binding it', () => {
    const inspect = fakeHost({ ...HOST, '/work/repo/_temp': 'dir' })
    const args = buildBwrapArgs(input({}, { inspect, parentEnv: { RUNNER_TEMP: '/work/repo/_temp' } }))
    const order = mounts(args)
    expect(order.indexOf('--tmpfs /work/repo/_temp')).toBeGreaterThan(
      order.indexOf('--bind /work/repo /work/repo'),
    )
  })

  it('binds sanitized .git/config copies over the real ones', () => {
    const args = buildBwrapArgs(
      input({}, { fileOverrides: [{ source: '/tmp/x/config-0', target: '/work/repo/.git/config' }] }),
    )
    expect(mounts(args)).toContain('--ro-bind /tmp/x/config-0 /work/repo/.git/config')
  })

  it("hides the runner's own credentials when running under the runner's Node", () => {
    expect(runnerRootOf('/home/runner/actions-runner/externals/node20/bin/node')).toBe(
      '/home/runner/actions-runner',
    )
    expect(runnerRootOf('/usr/bin/node')).toBeUndefined()
    const inspect = fakeHost({ ...HOST, '/opt/runner/.credentials': 'file' })
    const args = buildBwrapArgs(input({}, { inspect, execPath: '/opt/runner/externals/node24/bin/node' }))
    expect(mounts(args)).toContain('--ro-bind /dev/null /opt/runner/.credentials')
  })

  it('keeps the Node runtime and the harness readable when they live under the private /tmp', () => {
    const inspect = fakeHost({ ...HOST, '/tmp/ci/main': 'dir', '/tmp/node20': 'dir', '/opt/node': 'dir' })
    const runtimeRoots = ['/tmp/node20', '/tmp/ci/main', '/opt/node']
    const args = mounts(buildBwrapArgs(input({}, { inspect, runtimeRoots })))
    const tmp = args.indexOf('--tmpfs /tmp')
    expect(args.indexOf('--ro-bind /tmp/node20 /tmp/node20')).toBeGreaterThan(tmp)
    expect(args.indexOf('--ro-bind /tmp/ci/main /tmp/ci/main')).toBeGreaterThan(tmp)
    // Outside /tmp nothing hides them, so nothing is added.
    expect(args.some((mount) => mount.includes('/opt/node'))).toBe(false)
    // The workspace is still the only writable place.
    expect(args.filter((mount) => mount.startsWith('--bind '))).toEqual(['--bind /work/repo /work/repo'])
  })

  it('refuses danger-full-access, which has no sandbox to build', () => {
    expect(() => buildBwrapArgs(input({ mode: 'danger-full-access' }))).toThrow(/danger-full-access/)
  })
})

describe('private /run and the resolver file (issue 12 item 8)', () => {
  it('replaces /run with a private tmpfs but binds back the file /etc/resolv.conf points at', () => {
    const stub = '/run/systemd/resolve/stub-resolv.conf'
    const inspect = fakeHost(
      { ...HOST, '/run': 'dir', [stub]: 'file', '/run/systemd/resolve/io.systemd.Resolve': 'file' },
      { '/etc/resolv.conf': stub },
    )
    const args = buildBwrapArgs(input({ networkAccess: true }, { inspect }))
    const run = args.indexOf('/run', args.indexOf('--tmpfs'))
    expect(args[run - 1]).toBe('--tmpfs')
    const bound = args.indexOf(stub)
    expect(args.slice(bound - 1, bound + 2)).toEqual(['--ro-bind', stub, stub])
    expect(bound).toBeGreaterThan(run)
    // Nothing else under /run comes back, the docker socket least of all.
    expect(args.filter((arg) => arg.startsWith('/run/') && arg !== stub)).toEqual([])
  })

  it('caps the private /tmp and wraps the command in prlimit when the host supports both', () => {
    const args = buildBwrapArgs(
      input(
        { limits: { maxProcesses: 64, tmpSizeMb: 16 } },
        { inspect: fakeHost(HOST), support: { sizeOption: true, prlimit: '/usr/bin/prlimit' } },
      ),
    )
    const tmp = args.indexOf('/tmp')
    expect(args.slice(tmp - 3, tmp + 1)).toEqual(['--size', String(16 * 1024 * 1024), '--tmpfs', '/tmp'])
    const command = args.slice(args.indexOf('--') + 1)
    expect(command).toEqual(['/usr/bin/prlimit', '--nproc=64:64', '--', 'bash', '-lc', 'echo hi'])
  })
})
