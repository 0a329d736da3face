import { describe, expect, it } from 'vitest'
import { parsePatch } from '../../../src/tools/apply-patch/parser.js'
import type { Hunk } from '../../../src/tools/apply-patch/parser.js'
import { patchOf } from './helpers.js'

function hunksOf(text: string): Hunk[] {
  const result = parsePatch(text)
  if (!result.ok) throw new Error(result.error)
  return result.hunks
}

function errorOf(text: string): string {
  const result = parsePatch(text)
  if (result.ok) throw new Error('expected a parse error')
  return result.error
}

describe('parsePatch grammar', () => {
  it('parses add, delete and update-with-move hunks with their lines', () => {
    const hunks = hunksOf(
      patchOf(
        '*** Add File: path/add.py',
        '+abc',
        '+def',
        '*** Delete File: path/delete.py',
        '*** Update File: path/update.py',
        '*** Move to: path/update2.py',
        '@@ def f():',
        '-    pass',
        '+    return 123',
      ),
    )
    expect(hunks).toEqual([
      { type: 'add', path: 'path/add.py', contents: 'abc\ndef\n' },
      { type: 'delete', path: 'path/delete.py' },
      {
        type: 'update',
        path: 'path/update.py',
        movePath: 'path/update2.py',
        chunks: [
          {
            contextLines: ['def f():'],
            oldLines: ['    pass'],
            newLines: ['    return 123'],
            newFromOld: [null],
            isEndOfFile: false,
          },
        ],
      },
    ])
  })

  it('reads context, empty and end-of-file lines of a chunk', () => {
    const [hunk] = hunksOf(
      patchOf('*** Update File: a.txt', '@@ ctx', '', ' keep', '-old', '+new', '*** End of File'),
    )
    expect(hunk).toEqual({
      type: 'update',
      path: 'a.txt',
      movePath: undefined,
      chunks: [
        {
          contextLines: ['ctx'],
          oldLines: ['', 'keep', 'old'],
          newLines: ['', 'keep', 'new'],
          newFromOld: [0, 1, null],
          isEndOfFile: true,
        },
      ],
    })
  })

  it('accepts a first chunk without @@ and splits chunks at each @@', () => {
    const [hunk] = hunksOf(patchOf('*** Update File: f.py', ' import foo', '+bar', '@@', '-x', '+y'))
    expect(hunk?.type === 'update' && hunk.chunks.map((chunk) => chunk.newLines)).toEqual([
      ['import foo', 'bar'],
      ['y'],
    ])
  })

  it('accepts stacked @@ anchors and @@ followed by spaces only', () => {
    const [hunk] = hunksOf(patchOf('*** Update File: f.py', '@@ class A', '@@ def f', '@@   ', '-x', '+y'))
    expect(hunk?.type === 'update' && hunk.chunks[0]?.contextLines).toEqual(['class A', 'def f'])
  })

  it('accepts whitespace-padded Begin/End markers and hunk headers, and CRLF patches', () => {
    const padded = ' *** Begin Patch \n  *** Update File: foo.txt\n@@\n-old\n+new\n *** End Patch '
    expect(hunksOf(padded)).toHaveLength(1)
    const crlf = patchOf('*** Add File: a.txt', '+one').replaceAll('\n', '\r\n')
    expect(hunksOf(crlf)).toEqual([{ type: 'add', path: 'a.txt', contents: 'one\n' }])
  })

  it('unwraps a heredoc-wrapped patch (gpt-4.1 style)', () => {
    const body = patchOf('*** Add File: a.txt', '+hi')
    for (const start of ['<<EOF', "<<'EOF'", '<<"EOF"', "<<'PATCH'"]) {
      const delimiter = start.replace(/[<'"]/g, '')
      expect(hunksOf(`${start}\n${body}\n${delimiter}\n`)).toEqual([
        { type: 'add', path: 'a.txt', contents: 'hi\n' },
      ])
    }
  })

  it('keeps an Add File with no lines as an empty file', () => {
    expect(hunksOf(patchOf('*** Add File: empty.txt'))).toEqual([
      { type: 'add', path: 'empty.txt', contents: '' },
    ])
  })

  it('parses an empty patch into no hunks', () => {
    expect(hunksOf(patchOf())).toEqual([])
  })
})

describe('parsePatch errors (Codex wording, line numbers)', () => {
  it('names a missing Begin or End marker', () => {
    expect(errorOf('bad')).toBe("Invalid patch: The first line of the patch must be '*** Begin Patch'")
    expect(errorOf('*** Begin Patch\nbad')).toBe(
      "Invalid patch: The last line of the patch must be '*** End Patch'",
    )
    expect(errorOf('<<"EOF\'\n*** Begin Patch\n*** End Patch\nEOF')).toContain('first line')
  })

  it('names an invalid hunk header and its line', () => {
    expect(errorOf(patchOf('*** Add File: a', '+x', '*** Frobnicate File: foo'))).toBe(
      "Invalid patch hunk on line 4: '*** Frobnicate File: foo' is not a valid hunk header. Valid hunk headers: '*** Add File: {path}', '*** Delete File: {path}', '*** Update File: {path}'",
    )
  })

  it('rejects an empty update hunk', () => {
    expect(errorOf(patchOf('*** Update File: test.py'))).toBe(
      "Invalid patch hunk on line 2: Update file hunk for path 'test.py' is empty",
    )
  })

  it('rejects a chunk with no lines and a line without a diff marker', () => {
    expect(errorOf(patchOf('*** Update File: a', '@@'))).toBe(
      'Invalid patch hunk on line 4: Update hunk does not contain any lines',
    )
    expect(errorOf(patchOf('*** Update File: a', '@@', '*** End of File'))).toBe(
      'Invalid patch hunk on line 4: Update hunk does not contain any lines',
    )
    expect(errorOf(patchOf('*** Update File: a', '@@', 'bad'))).toBe(
      "Invalid patch hunk on line 4: Unexpected line found in update hunk: 'bad'. Every line should start with ' ' (context line), '+' (added line), or '-' (removed line)",
    )
  })

  it('requires @@ before a second chunk', () => {
    expect(errorOf(patchOf('*** Update File: a', '@@', '-x', '+y', 'stray'))).toBe(
      "Invalid patch hunk on line 6: Expected update hunk to start with a @@ context marker, got: 'stray'",
    )
  })
})
