// A run's session is saved after every turn that changed files, each time with the workspace diff.
// The differ keeps one scratch index across those diffs (so a large repository is hashed once, not
// per turn); whatever the turns did — edit, add, delete, undo, rewrite a file at the same size in
// the same second — each of its diffs must be the one a fresh scratch index gives.
import { appendFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeWorkspace } from '../../__fixtures__/workspace.js'
import type { Workspace } from '../../__fixtures__/workspace.js'
import { captureWorkspaceDiff, WorkspaceDiffer } from '../../src/git/resume-diff.js'

let workspace: Workspace

beforeEach(async () => {
  workspace = await makeWorkspace()
})

afterEach(async () => {
  await workspace.cleanup()
})

describe('WorkspaceDiffer', () => {
  it('gives after every kind of turn the diff a fresh index gives', async () => {
    const startSha = workspace.git('rev-parse', 'HEAD').trim()
    const differ = new WorkspaceDiffer(workspace.dir, startSha)
    const file = (name: string) => path.join(workspace.dir, name)
    const turns: Array<[string, () => Promise<void>]> = [
      ['edit a tracked file', () => appendFile(file('src/date.js'), '// one\n')],
      ['add a new file', () => writeFile(file('src/new.js'), 'export const x = 1\n')],
      ['add a binary file', () => writeFile(file('logo.bin'), Buffer.from([0, 1, 2, 255, 0, 7]))],
      ['delete a tracked file', () => rm(file('package.json'))],
      ['undo the first edit', async () => void workspace.git('checkout', '--', 'src/date.js')],
      ['remove the new file again', () => rm(file('src/new.js'))],
      ['rewrite a file at the same size', () => writeFile(file('logo.bin'), Buffer.from([9, 9, 9, 9, 9, 9]))],
      ['and once more within the second', () => writeFile(file('logo.bin'), Buffer.from([8, 8, 8, 8, 8, 8]))],
    ]
    try {
      const diffs: string[] = []
      for (const [what, turn] of turns) {
        await turn()
        const kept = await differ.diff()
        expect(kept, what).toBe(await captureWorkspaceDiff(workspace.dir, startSha))
        diffs.push(kept)
      }
      // The sequence really moved: the undo and the rewrites show up.
      expect(new Set(diffs).size).toBe(turns.length)
      expect(diffs.at(-1)).not.toContain('src/date.js')
      expect(diffs.at(-1)).toContain('deleted file mode 100644')
    } finally {
      await differ.close()
    }
  })

  it('opens again after a failure instead of keeping a broken scratch index', async () => {
    const differ = new WorkspaceDiffer(workspace.dir, 'f'.repeat(40))
    await expect(differ.diff()).rejects.toThrow(/not in the checkout/)
    await expect(differ.diff()).rejects.toThrow(/not in the checkout/)
    await differ.close()
  })
})
