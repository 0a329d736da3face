// git older than 2.29 lacks `fetch --no-write-fetch-head`: the harness says so at start-up, with
// the version it found, instead of failing mid-run with "unknown option".
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { gitVersionProblem, parseGitVersion, requireGitVersion } from '../../src/git/version.js'

const folders: string[] = []
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))))

/** An executable that prints `text` for `--version`, standing in for an old or odd git. */
async function fakeGit(text: string): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'fake-git-'))
  folders.push(folder)
  const binary = path.join(folder, 'git')
  await writeFile(binary, `#!/bin/sh\necho '${text}'\n`)
  await chmod(binary, 0o755)
  return binary
}

describe('git version check', () => {
  it('reads the versions git prints on each platform', () => {
    expect(parseGitVersion('git version 2.39.5\n')).toEqual([2, 39])
    expect(parseGitVersion('git version 2.45.1.windows.1')).toEqual([2, 45])
    expect(parseGitVersion('git version 2.30.0.rc1')).toEqual([2, 30])
    expect(parseGitVersion('hub version 2.14.2')).toBeUndefined()
  })

  it('accepts 2.29 and newer, including 3.x', () => {
    for (const text of ['git version 2.29.0', 'git version 2.43.0', 'git version 3.0.0']) {
      expect(gitVersionProblem(text)).toBeUndefined()
    }
  })

  it('refuses an older git, naming its version, the option and the fix', async () => {
    const binary = await fakeGit('git version 2.25.1')
    await expect(requireGitVersion(binary)).rejects.toThrow(
      `${binary} is version 2.25: git 2.29 or newer is needed (the harness uses \`git fetch --no-write-fetch-head\`). Install a newer git`,
    )
  })

  it('refuses a git whose version cannot be read', async () => {
    const binary = await fakeGit('not git at all')
    await expect(requireGitVersion(binary)).rejects.toThrow(
      /could not read the version of .*"not git at all"/,
    )
  })

  it('passes with the git on this machine', async () => {
    await expect(requireGitVersion()).resolves.toBeUndefined()
  })
})
