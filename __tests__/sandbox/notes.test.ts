import { describe, expect, it } from 'vitest'
import { sandboxNote } from '../../src/sandbox/notes.js'
import type { SandboxPolicy } from '../../src/sandbox/types.js'

const workspaceWrite: SandboxPolicy = {
  mode: 'workspace-write',
  workspace: '/work/repo',
  writableRoots: [],
  networkAccess: false,
}
const readOnly: SandboxPolicy = { ...workspaceWrite, mode: 'read-only' }

describe('sandboxNote', () => {
  it('explains a refused write under read-only', () => {
    expect(sandboxNote(readOnly, [], false, "touch: cannot touch 'x': Read-only file system\n")).toMatch(
      /^\[sandbox\] the read-only policy forbids writing files/,
    )
  })

  it('explains a permission denied outside the writable roots, and inside .git', () => {
    const roots = ['/work/repo', '/cache']
    const outside = sandboxNote(workspaceWrite, roots, false, 'bash: /etc/profile: Permission denied\n')
    expect(outside).toContain(
      'workspace-write allows writes only inside /work/repo (and writable_roots: /cache)',
    )
    expect(
      sandboxNote(workspaceWrite, roots, false, "cp: cannot create '/work/repo/.git/x': Permission denied"),
    ).toBeDefined()
  })

  it('stays quiet for a permission problem inside the workspace (a chmod, not the sandbox)', () => {
    expect(
      sandboxNote(workspaceWrite, ['/work/repo'], false, 'bash: /work/repo/run.sh: Permission denied\n'),
    ).toBeUndefined()
  })

  it('explains a failed connection only when the network is off', () => {
    const output = 'curl: (7) Failed to connect to 127.0.0.1 port 8080: Connection refused\n'
    expect(sandboxNote(workspaceWrite, [], false, output)).toContain('network access is off')
    expect(sandboxNote(workspaceWrite, [], true, output)).toBeUndefined()
  })

  it('never speaks for danger-full-access', () => {
    expect(
      sandboxNote({ ...workspaceWrite, mode: 'danger-full-access' }, [], false, 'Read-only file system'),
    ).toBeUndefined()
  })
})
