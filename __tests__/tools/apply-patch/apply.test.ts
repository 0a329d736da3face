import { chmod, link, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { applyPatch } from '../../../src/tools/apply-patch/index.js'
import { makeWorkspace, patchOf, readTree, removeWorkspaces } from './helpers.js'

afterEach(removeWorkspaces)

async function run(files: Record<string, string>, patch: string) {
  const workspace = await makeWorkspace(files)
  const result = await applyPatch(patch, { workspace })
  return { workspace, result, tree: await readTree(workspace) }
}

describe('applyPatch on disk', () => {
  it('adds, deletes and updates files and prints the Codex summary', async () => {
    const { result, tree } = await run(
      { 'delete.txt': 'obsolete\n', 'modify.txt': 'line1\nline2\n' },
      patchOf(
        '*** Add File: nested/new.txt',
        '+created',
        '*** Delete File: delete.txt',
        '*** Update File: modify.txt',
        '@@',
        '-line2',
        '+changed',
      ),
    )
    expect(result).toEqual({
      ok: true,
      exitCode: 0,
      stdout: 'Success. Updated the following files:\nA nested/new.txt\nM modify.txt\nD delete.txt\n',
      stderr: '',
      changes: [
        { path: 'nested/new.txt', kind: 'add' },
        { path: 'delete.txt', kind: 'delete' },
        { path: 'modify.txt', kind: 'update' },
      ],
    })
    expect(tree).toEqual({ 'nested/new.txt': 'created\n', 'modify.txt': 'line1\nchanged\n' })
  })

  it('applies several chunks in order, with @@ context narrowing the search', async () => {
    const file = 'def a():\n    return 1\n\ndef b():\n    return 1\n'
    const { tree } = await run(
      { 'm.py': file },
      patchOf('*** Update File: m.py', '@@ def b():', '-    return 1', '+    return 2'),
    )
    expect(tree['m.py']).toBe('def a():\n    return 1\n\ndef b():\n    return 2\n')
  })

  it('locates lines ignoring trailing, then surrounding whitespace, then typographic punctuation', async () => {
    const { tree, result } = await run(
      { 'a.txt': 'one   \n    two\nit\u2019s \u201cdone\u201d \u2014 ok\n' },
      patchOf(
        '*** Update File: a.txt',
        '@@',
        '-one',
        '+ONE',
        '@@',
        '-two',
        '+TWO',
        '@@',
        '-it\'s "done" - ok',
        '+fixed',
      ),
    )
    expect(result.ok).toBe(true)
    expect(tree['a.txt']).toBe('ONE\nTWO\nfixed\n')
  })

  it('anchors an End of File chunk at the end of the file', async () => {
    const { tree } = await run(
      { 'tail.txt': 'x\nend\nx\nend\n' },
      patchOf('*** Update File: tail.txt', '@@', ' x', '-end', '+last', '*** End of File'),
    )
    expect(tree['tail.txt']).toBe('x\nend\nx\nlast\n')
  })

  it('adds a trailing newline to an updated file and keeps CRLF line endings', async () => {
    const { tree } = await run(
      { 'no_newline.txt': 'no newline at end', 'crlf.txt': 'a\r\nb\r\nc\r\n' },
      patchOf(
        '*** Update File: no_newline.txt',
        '@@',
        '-no newline at end',
        '+first line',
        '+second line',
        '*** Update File: crlf.txt',
        '@@',
        ' a',
        '-b',
        '+B',
        '+B2',
      ),
    )
    expect(tree['no_newline.txt']).toBe('first line\nsecond line\n')
    expect(tree['crlf.txt']).toBe('a\r\nB\r\nB2\r\nc\r\n')
  })

  it('appends a pure addition chunk at the end of the file, as Codex does', async () => {
    const { tree } = await run(
      { 'in.txt': 'line1\nline2\n' },
      patchOf('*** Update File: in.txt', '@@', '+added'),
    )
    expect(tree['in.txt']).toBe('line1\nline2\nadded\n')
  })

  it('moves a file to a new folder, overwriting the destination and keeping the mode', async () => {
    const workspace = await makeWorkspace({ 'old/name.sh': 'from\n', 'renamed/dir/name.sh': 'existing\n' })
    await chmod(path.join(workspace, 'old/name.sh'), 0o755)
    const result = await applyPatch(
      patchOf('*** Update File: old/name.sh', '*** Move to: renamed/dir/name.sh', '@@', '-from', '+new'),
      { workspace },
    )
    expect(result.stdout).toBe('Success. Updated the following files:\nM renamed/dir/name.sh\n')
    expect(result.changes).toEqual([{ path: 'old/name.sh', kind: 'update', movePath: 'renamed/dir/name.sh' }])
    expect(await readTree(workspace)).toEqual({ 'renamed/dir/name.sh': 'new\n' })
    expect((await stat(path.join(workspace, 'renamed/dir/name.sh'))).mode & 0o777).toBe(0o755)
  })

  it('keeps a file that is moved onto itself', async () => {
    const { tree } = await run(
      { 'a.txt': 'x\n' },
      patchOf('*** Update File: a.txt', '*** Move to: ./a.txt', '@@', '-x', '+y'),
    )
    expect(tree).toEqual({ 'a.txt': 'y\n' })
  })

  it('keeps changes made before a failing hunk and reports them', async () => {
    const { result, tree } = await run(
      {},
      patchOf('*** Add File: created.txt', '+hello', '*** Update File: missing.txt', '@@', '-old', '+new'),
    )
    expect(result.ok).toBe(false)
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      'Failed to read file to update missing.txt: No such file or directory (os error 2)\n',
    )
    expect(result.changes).toEqual([{ path: 'created.txt', kind: 'add' }])
    expect(tree).toEqual({ 'created.txt': 'hello\n' })
  })

  // Observed with codex 0.171's own applier: a context line that matched only after normalisation
  // keeps the file's text; removed and added lines are the patch's, whatever they matched.
  it('keeps the file’s text for context lines that matched after whitespace or Unicode normalisation', async () => {
    const { tree } = await run(
      { 'a.py': 'def f():\n    x = 1   \n    y = \u201cq\u201d\n    return x\t\n' },
      patchOf(
        '*** Update File: a.py',
        '@@',
        ' def f():',
        '     x = 1',
        '-    y = "q"',
        '+    y = 2',
        '     return x',
      ),
    )
    expect(tree['a.py']).toBe('def f():\n    x = 1   \n    y = 2\n    return x\t\n')
  })

  it('writes the patch’s text for a line removed and added again, as Codex does', async () => {
    const { tree } = await run(
      { 'b.py': 'def f():\n    x = 1   \n    y = 3\n' },
      patchOf(
        '*** Update File: b.py',
        '@@',
        ' def f():',
        '-    x = 1',
        '+    x = 1',
        '-    y = 3',
        '+    y = 2',
      ),
    )
    expect(tree['b.py']).toBe('def f():\n    x = 1\n    y = 2\n')
  })

  it('fails on missing lines with a message naming the file and the lines', async () => {
    const { result, tree } = await run(
      { 'modify.txt': 'line1\nline2\n' },
      patchOf('*** Update File: modify.txt', '@@', '-missing', '-lines', '+changed'),
    )
    expect(result.stderr).toBe('Failed to find expected lines in modify.txt:\nmissing\nlines\n')
    expect(tree['modify.txt']).toBe('line1\nline2\n')
  })

  it('fails on a missing @@ context line', async () => {
    const { result } = await run(
      { 'a.txt': 'x\n' },
      patchOf('*** Update File: a.txt', '@@ class Nope', '-x', '+y'),
    )
    expect(result.stderr).toBe("Failed to find context 'class Nope' in a.txt\n")
  })

  it('rejects empty patches, deleting a folder or a missing file, and non-UTF-8 files', async () => {
    const workspace = await makeWorkspace({ 'dir/foo.txt': 'stable\n' })
    await writeFile(path.join(workspace, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]))
    const stderr = async (patch: string) => (await applyPatch(patch, { workspace })).stderr
    expect(await stderr(patchOf())).toBe('No files were modified.\n')
    expect(await stderr(patchOf('*** Delete File: dir'))).toMatch(/^Failed to delete file dir: /)
    expect(await stderr(patchOf('*** Delete File: missing.txt'))).toBe(
      'Failed to delete file missing.txt: No such file or directory (os error 2)\n',
    )
    expect(await stderr(patchOf('*** Update File: latin1.txt', '@@', '-x', '+y'))).toBe(
      'Failed to read file to update latin1.txt: stream did not contain valid UTF-8\n',
    )
    expect(await readTree(workspace)).toEqual({ 'dir/foo.txt': 'stable\n', 'latin1.txt': 'caf\ufffd\n' })
  })

  it('replaces a hard-linked file instead of writing through the link', async () => {
    const outside = await makeWorkspace({ 'secret.txt': 'keep\n' })
    const workspace = await makeWorkspace()
    await link(path.join(outside, 'secret.txt'), path.join(workspace, 'linked.txt'))
    const result = await applyPatch(patchOf('*** Update File: linked.txt', '@@', '-keep', '+changed'), {
      workspace,
    })
    expect(result.ok).toBe(true)
    expect(await readFile(path.join(outside, 'secret.txt'), 'utf8')).toBe('keep\n')
    expect(await readFile(path.join(workspace, 'linked.txt'), 'utf8')).toBe('changed\n')
  })

  it('resolves relative paths against cwd inside the workspace', async () => {
    const workspace = await makeWorkspace({ 'pkg/a.txt': 'x\n' })
    const result = await applyPatch(patchOf('*** Update File: a.txt', '@@', '-x', '+y'), {
      workspace,
      cwd: path.join(workspace, 'pkg'),
    })
    expect(result.changes).toEqual([{ path: 'pkg/a.txt', kind: 'update' }])
    expect(await readTree(workspace)).toEqual({ 'pkg/a.txt': 'y\n' })
  })

  it('refuses under the read-only policy without touching disk', async () => {
    const workspace = await makeWorkspace({ 'a.txt': 'x\n' })
    const refused = await applyPatch(patchOf('*** Delete File: a.txt'), { workspace, readOnly: true })
    expect(refused).toMatchObject({ ok: false, exitCode: 1, changes: [] })
    expect(refused.stderr).toContain('read-only sandbox policy forbids edits')
    expect(await readTree(workspace)).toEqual({ 'a.txt': 'x\n' })
  })
})

describe('applyPatch on big inputs', () => {
  it('applies 1,000 chunks to a 100k-line file', async () => {
    const lines = Array.from({ length: 100_000 }, (_, index) => `line ${index}`)
    const body = ['*** Update File: big.txt']
    for (let chunk = 0; chunk < 1000; chunk++) {
      const at = chunk * 100 + 50
      body.push('@@', ` line ${at - 1}`, `-line ${at}`, `+changed ${at}`, ` line ${at + 1}`)
    }
    const { result, tree } = await run({ 'big.txt': `${lines.join('\n')}\n` }, patchOf(...body))
    expect(result.ok).toBe(true)
    const updated = (tree['big.txt'] as string).split('\n')
    expect(updated).toHaveLength(100_001)
    expect(updated[50]).toBe('changed 50')
    expect(updated[99_950]).toBe('changed 99950')
    expect(updated[99_951]).toBe('line 99951')
  })
})
