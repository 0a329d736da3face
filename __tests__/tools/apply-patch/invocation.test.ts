import { describe, expect, it } from 'vitest'
import { extractApplyPatch } from '../../../src/tools/apply-patch/invocation.js'

const PATCH = '*** Begin Patch\n*** Add File: a.txt\n+hi\n*** End Patch'

describe('extractApplyPatch', () => {
  it('recognises apply_patch and applypatch with the patch as the one argument', () => {
    expect(extractApplyPatch(['apply_patch', PATCH], '/w')).toEqual({ patch: PATCH, workdir: '/w' })
    expect(extractApplyPatch(['applypatch', PATCH], '/w')).toEqual({ patch: PATCH, workdir: '/w' })
  })

  it('recognises a heredoc script under bash, sh or zsh with -lc or -c', () => {
    for (const shell of ['bash', 'sh', 'zsh', '/bin/bash']) {
      for (const flag of ['-lc', '-c']) {
        expect(extractApplyPatch([shell, flag, `apply_patch <<'EOF'\n${PATCH}\nEOF\n`], '/w')).toEqual({
          patch: PATCH,
          workdir: '/w',
        })
      }
    }
  })

  it('accepts any delimiter, quoted or not, with or without a trailing newline', () => {
    for (const [start, end] of [
      ['<<EOF', 'EOF'],
      ['<<"PATCH"', 'PATCH'],
      ["<< 'END_OF_PATCH'", 'END_OF_PATCH'],
    ]) {
      expect(extractApplyPatch(['bash', '-lc', `applypatch ${start}\n${PATCH}\n${end}`], '/w')?.patch).toBe(
        PATCH,
      )
    }
  })

  it('takes the folder of a leading cd DIR &&, resolved against workdir', () => {
    expect(
      extractApplyPatch(['bash', '-lc', `cd pkg/sub && apply_patch <<'EOF'\n${PATCH}\nEOF\n`], '/w'),
    ).toEqual({
      patch: PATCH,
      workdir: '/w/pkg/sub',
    })
    expect(
      extractApplyPatch(['bash', '-lc', `cd '/w/my dir' && apply_patch <<EOF\n${PATCH}\nEOF`], '/w')?.workdir,
    ).toBe('/w/my dir')
    expect(
      extractApplyPatch(['bash', '-lc', `cd "x" && apply_patch <<EOF\n${PATCH}\nEOF`], '/w')?.workdir,
    ).toBe('/w/x')
  })

  it('leaves every other command to the shell', () => {
    const heredoc = `<<'EOF'\n${PATCH}\nEOF\n`
    const others: string[][] = [
      ['apply_patch'],
      ['apply_patch', PATCH, 'extra'],
      ['git', 'apply', PATCH],
      ['bash', '-x', `apply_patch ${heredoc}`],
      ['fish', '-c', `apply_patch ${heredoc}`],
      ['bash', '-lc', `echo hi; apply_patch ${heredoc}`],
      ['bash', '-lc', `apply_patch ${heredoc}rm -rf /`],
      ['bash', '-lc', `cd x || apply_patch ${heredoc}`],
      ['bash', '-lc', `cd $HOME && apply_patch ${heredoc}`],
      ['bash', '-lc', `cd x y && apply_patch ${heredoc}`],
      ['bash', '-lc', `apply_patch <<'EOF'\n${PATCH}\n`],
      ['bash', '-lc', 'ls -la'],
    ]
    for (const argv of others) expect(extractApplyPatch(argv, '/w'), JSON.stringify(argv)).toBeUndefined()
  })
})
