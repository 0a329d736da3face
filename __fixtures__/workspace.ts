// Throwaway copies of the fixture repositories, as real git repositories with one commit, for
// tests, the benchmark and the demo.
import { execFileSync } from 'node:child_process'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const REPOS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'repos')

export interface Workspace {
  dir: string
  git: (...args: string[]) => string
  cleanup: () => Promise<void>
}

export async function makeWorkspace(fixture = 'date-utils'): Promise<Workspace> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'codex-ws-'))
  const dir = path.join(root, fixture)
  await cp(path.join(REPOS, fixture), dir, { recursive: true })
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'core.hooksPath=/dev/null', ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Fixture',
        GIT_AUTHOR_EMAIL: 'fixture@example.invalid',
        GIT_COMMITTER_NAME: 'Fixture',
        GIT_COMMITTER_EMAIL: 'fixture@example.invalid',
      },
    })
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('commit', '-q', '-m', 'Initial commit')
  return { dir, git, cleanup: () => rm(root, { recursive: true, force: true }) }
}
