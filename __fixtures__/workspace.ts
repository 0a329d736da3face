// Throwaway copies of the fixture repositories, as real git repositories with one commit, for
// tests, the benchmark and the demo.
import { execFileSync } from 'node:child_process'
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
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

/** A fixture repository's files as path → text (e.g. to seed the local GitHub with it). */
export async function fixtureFiles(fixture = 'date-utils'): Promise<Record<string, string>> {
  return readTree(path.join(REPOS, fixture))
}

async function readTree(root: string, prefix = ''): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const entry of await readdir(path.join(root, prefix), { withFileTypes: true })) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`
    if (entry.isDirectory()) Object.assign(files, await readTree(root, relative))
    else files[relative] = await readFile(path.join(root, relative), 'utf8')
  }
  return files
}
