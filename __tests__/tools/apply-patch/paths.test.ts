import { mkdir, readFile, symlink } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { applyPatch } from '../../../src/tools/apply-patch/index.js'
import { makeWorkspace, patchOf, readTree, removeWorkspaces } from './helpers.js'

afterEach(removeWorkspaces)

const SEED = { 'keep.txt': 'keep\n', 'src/a.txt': 'a\n' }

/** Applies a patch whose first hunk is harmless and whose last is unsafe: nothing may be written. */
async function expectRejected(unsafeHunk: string[], expectedMessage: RegExp, workspace?: string) {
  const root = workspace ?? (await makeWorkspace(SEED))
  const before = await readTree(root)
  const result = await applyPatch(
    patchOf('*** Add File: first.txt', '+would be written first', ...unsafeHunk),
    {
      workspace: root,
    },
  )
  expect(result.ok).toBe(false)
  expect(result.exitCode).toBe(1)
  expect(result.changes).toEqual([])
  expect(result.stderr).toMatch(expectedMessage)
  expect(result.stderr.trimEnd()).not.toContain('\n')
  expect(await readTree(root)).toEqual(before)
  return root
}

describe('apply_patch path safety', () => {
  it('rejects absolute paths', async () => {
    await expectRejected(
      ['*** Add File: /tmp/evil.txt', '+x'],
      /"\/tmp\/evil\.txt": absolute paths are not allowed/,
    )
    await expectRejected(['*** Delete File: /etc/passwd'], /"\/etc\/passwd"/)
  })

  it('rejects .. escapes, including in Move to', async () => {
    await expectRejected(['*** Add File: ../evil.txt', '+x'], /"\.\.\/evil\.txt": it escapes the workspace/)
    await expectRejected(['*** Delete File: src/../../evil.txt'], /"src\/\.\.\/\.\.\/evil\.txt": it escapes/)
    await expectRejected(
      ['*** Update File: src/a.txt', '*** Move to: ../../moved.txt', '@@', '-a', '+b'],
      /"\.\.\/\.\.\/moved\.txt": it escapes the workspace/,
    )
  })

  it('rejects the workspace root itself', async () => {
    await expectRejected(['*** Delete File: src/..'], /"src\/\.\.": it names the workspace folder itself/)
  })

  it('rejects anything under .git/, in any letter case', async () => {
    await expectRejected(
      ['*** Add File: .git/hooks/pre-commit', '+x'],
      /"\.git\/hooks\/pre-commit": files under \.git\//,
    )
    await expectRejected(['*** Add File: sub/.GIT/config', '+x'], /"sub\/\.GIT\/config"/)
    await expectRejected(['*** Delete File: .git'], /"\.git"/)
  })

  it('rejects NUL and control characters in paths', async () => {
    await expectRejected(
      ['*** Add File: a\u0000b.txt', '+x'],
      /"a\\u0000b\.txt": it contains a NUL or control character/,
    )
    await expectRejected(
      ['*** Add File: a\u001bb.txt', '+x'],
      /"a\\u001bb\.txt": it contains a NUL or control/,
    )
    await expectRejected(['*** Add File: a\u0085.txt', '+x'], /control character/)
  })

  it('rejects a path through a symlinked folder that leaves the workspace', async () => {
    const outside = await makeWorkspace({ 'target.txt': 'outside\n' })
    const workspace = await makeWorkspace(SEED)
    await symlink(outside, path.join(workspace, 'escape'))
    await expectRejected(
      ['*** Add File: escape/new.txt', '+x'],
      /"escape\/new\.txt": it goes through a symlink that leaves/,
      workspace,
    )
    await expectRejected(
      ['*** Update File: escape/target.txt', '@@', '-outside', '+owned'],
      /"escape\/target\.txt"/,
      workspace,
    )
    expect(await readTree(outside)).toEqual({ 'target.txt': 'outside\n' })
  })

  it('rejects a file symlink pointing outside, into .git, or nowhere', async () => {
    const outside = await makeWorkspace({ 'secret.txt': 'secret\n' })
    const workspace = await makeWorkspace(SEED)
    await mkdir(path.join(workspace, '.git'))
    await symlink(path.join(outside, 'secret.txt'), path.join(workspace, 'link.txt'))
    await symlink(path.join(workspace, '.git'), path.join(workspace, 'gitdir'))
    await symlink(path.join(outside, 'missing.txt'), path.join(workspace, 'dangling.txt'))
    await expectRejected(
      ['*** Delete File: link.txt'],
      /"link\.txt": it goes through a symlink that leaves/,
      workspace,
    )
    await expectRejected(
      ['*** Add File: gitdir/config', '+x'],
      /"gitdir\/config": it goes through a symlink into \.git\//,
      workspace,
    )
    await expectRejected(
      ['*** Add File: dangling.txt', '+x'],
      /"dangling\.txt": .*cannot be resolved/,
      workspace,
    )
    expect(await readFile(path.join(outside, 'secret.txt'), 'utf8')).toBe('secret\n')
  })

  it('follows a symlink that stays inside the workspace, writing its target', async () => {
    const workspace = await makeWorkspace({ 'real/a.txt': 'a\n' })
    await symlink(path.join(workspace, 'real'), path.join(workspace, 'alias'))
    await symlink('a.txt', path.join(workspace, 'real/link.txt'))
    const result = await applyPatch(patchOf('*** Update File: alias/link.txt', '@@', '-a', '+b'), {
      workspace,
    })
    expect(result.ok).toBe(true)
    expect(await readFile(path.join(workspace, 'real/a.txt'), 'utf8')).toBe('b\n')
  })

  it('rejects a working folder outside the workspace', async () => {
    const workspace = await makeWorkspace(SEED)
    const result = await applyPatch(patchOf('*** Add File: x.txt', '+x'), {
      workspace,
      cwd: path.dirname(workspace),
    })
    expect(result.ok).toBe(false)
    expect(result.stderr).toMatch(/working directory .* is outside the workspace/)
    expect(await readTree(workspace)).toEqual(SEED)
  })
})
