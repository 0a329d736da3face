// GitClient on local repositories: what counts as a change, and checkouts that are not a plain
// `.git` folder (a linked worktree) or not complete (a sparse checkout).
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { makeWorkspace, type Workspace } from '../../__fixtures__/workspace.js'
import { createGitClient, readHeadSha, stageChanges } from '../../src/git/index.js'

let workspace: Workspace
let startSha: string

beforeEach(async () => {
  workspace = await makeWorkspace()
  startSha = workspace.git('rev-parse', 'HEAD').trim()
})

afterEach(async () => {
  await workspace.cleanup()
})

it('reads HEAD of a checkout', async () => {
  expect(await readHeadSha(workspace.dir)).toBe(startSha)
})

it('sees edits, new files, deletions and mode changes against the start commit, not the index', async () => {
  writeFileSync(path.join(workspace.dir, 'src/date.js'), 'changed\n')
  writeFileSync(path.join(workspace.dir, 'brand new.txt'), 'new\n')
  rmSync(path.join(workspace.dir, 'README.md'))
  chmodSync(path.join(workspace.dir, 'package.json'), 0o755)
  // Whatever the agent staged itself does not matter: the start commit does.
  workspace.git('add', 'src/date.js')
  workspace.git('update-index', '--chmod=+x', 'AGENTS.md')

  const git = await createGitClient(workspace.dir, { startSha })
  try {
    const changes = await git.workingChanges()
    expect(changes.map((change) => `${change.kind} ${change.path}`).sort()).toEqual([
      'added brand new.txt',
      'deleted README.md',
      'modified package.json',
      'modified src/date.js',
    ])
    await stageChanges(git, { allowWorkflowChanges: false })
    expect((await git.stagedEntries()).map((entry) => `${entry.mode} ${entry.path}`)).toEqual([
      '000000 README.md',
      '100644 brand new.txt',
      '100755 package.json',
      '100644 src/date.js',
    ])
  } finally {
    await git.close()
  }
})

it('does not take the files a sparse checkout left out for deletions', async () => {
  workspace.git('sparse-checkout', 'set', '--no-cone', '/src/')
  writeFileSync(path.join(workspace.dir, 'src/date.js'), 'changed\n')

  const git = await createGitClient(workspace.dir, { startSha })
  try {
    expect(await git.workingChanges()).toEqual([{ path: 'src/date.js', kind: 'modified', nestedRepo: false }])
  } finally {
    await git.close()
  }
})

it('works in a linked worktree, whose .git is a file', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'codex-worktree-'))
  const tree = path.join(root, 'tree')
  try {
    workspace.git('worktree', 'add', '--quiet', '--detach', tree)
    writeFileSync(path.join(tree, 'extra.txt'), 'extra\n')
    const git = await createGitClient(tree, { startSha })
    try {
      await stageChanges(git, { allowWorkflowChanges: false })
      const sha = await git.commit('Add extra\n')
      // The commit landed in the shared object store: the main checkout can read it.
      expect(workspace.git('show', '--format=%s', '--name-only', sha).trim()).toBe('Add extra\n\nextra.txt')
    } finally {
      await git.close()
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
})

it('refuses a start commit the checkout does not have', async () => {
  await expect(createGitClient(workspace.dir, { startSha: 'e'.repeat(40) })).rejects.toThrow(
    `the start commit ${'e'.repeat(40)} is not in the checkout`,
  )
})
