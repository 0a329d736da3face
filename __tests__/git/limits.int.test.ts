// Every git command is bounded in time: one that blocks (here on a FIFO where git reads
// `.gitattributes`) is killed and reported, rather than holding the run until the job's timeout.
import { execFileSync } from 'node:child_process'
import { createServer } from 'node:net'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { findSpecialFiles } from '../../src/git/index.js'
import { GitTimeoutError, runGit } from '../../src/git/run.js'

let dir: string | undefined

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

it('kills a git command that blocks, with an error that names it and the limit', async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'codex-git-limits-'))
  execFileSync('git', ['init', '--quiet', dir])
  writeFileSync(path.join(dir, 'README.md'), 'hi\n')
  execFileSync('mkfifo', [path.join(dir, '.gitattributes')])
  const home = mkdtempSync(path.join(dir, 'home-'))
  const started = Date.now()
  const error = await runGit(['check-attr', '-a', '--', 'README.md'], {
    cwd: dir,
    env: { GIT_DIR: path.join(dir, '.git') },
    home,
    timeoutMs: 1_000,
  }).then(
    () => undefined,
    (failure: unknown) => failure,
  )
  expect(error).toBeInstanceOf(GitTimeoutError)
  expect((error as Error).message).toBe('git check-attr did not finish within 1 s and was stopped')
  expect(Date.now() - started).toBeLessThan(10_000)
  expect(await findSpecialFiles(dir)).toEqual([{ path: '.gitattributes', kind: 'FIFO' }])
  // A socket deeper down is found too; the checkout's own .git is not searched.
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(path.join(dir!, 'home-sock'), resolve))
  try {
    const found = await findSpecialFiles(dir)
    expect(found).toContainEqual({ path: 'home-sock', kind: 'socket' })
    expect(found.some((file) => file.path.startsWith('.git/'))).toBe(false)
  } finally {
    server.close()
  }
})
