// git's -z outputs, with the file names a hostile agent might pick.
import { describe, expect, it } from 'vitest'
import { parseNumstat, parseRawDiff, parseStatus } from '../../src/git/parse.js'

describe('parseStatus', () => {
  it('reads modified, deleted, untracked and type-changed entries, names verbatim', () => {
    const output =
      [' M src/a.js', ' D gone.txt', '?? new\nline.txt', '?? -rf', ' T link', '?? vendor/lib/'].join('\0') +
      '\0'
    expect(parseStatus(output)).toEqual([
      { path: 'src/a.js', kind: 'modified', nestedRepo: false },
      { path: 'gone.txt', kind: 'deleted', nestedRepo: false },
      { path: 'new\nline.txt', kind: 'added', nestedRepo: false },
      { path: '-rf', kind: 'added', nestedRepo: false },
      { path: 'link', kind: 'type-changed', nestedRepo: false },
      { path: 'vendor/lib', kind: 'added', nestedRepo: true },
    ])
  })
})

describe('parseNumstat', () => {
  it('reads counts, binary files and renames', () => {
    const output = '3\t1\tsrc/a.js\0-\t-\tlogo.png\0' + '2\t0\t\0old name.js\0new name.js\0'
    expect(parseNumstat(output)).toEqual([
      { path: 'src/a.js', additions: 3, deletions: 1, binary: false },
      { path: 'logo.png', additions: 0, deletions: 0, binary: true },
      { path: 'new name.js', additions: 2, deletions: 0, binary: false, previousPath: 'old name.js' },
    ])
  })
})

describe('parseRawDiff', () => {
  it('reads mode, blob and status per path', () => {
    const zero = '0'.repeat(40)
    const blob = 'a'.repeat(40)
    const output = `:100644 100755 ${blob} ${blob} M\0tool.sh\0:100644 000000 ${blob} ${zero} D\0old.txt\0:000000 120000 ${zero} ${blob} A\0link\0`
    expect(parseRawDiff(output)).toEqual([
      { path: 'tool.sh', status: 'modified', mode: '100755', sha: blob },
      { path: 'old.txt', status: 'deleted', mode: '000000', sha: zero },
      { path: 'link', status: 'added', mode: '120000', sha: blob },
    ])
  })
})
