// Codex's own apply_patch scenarios, kept in the repository so `npm run conformance` works from a
// fresh clone: every case leaves exactly the tree Codex's applier leaves, in process here (the
// script runs the same cases through `node dist/cli.js apply_patch`).
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyPatch } from '../../../src/tools/apply-patch/index.js'

const ROOT = '__fixtures__/conformance/apply-patch'
const SCENARIOS = path.join(ROOT, 'scenarios')

/** Every file under `folder` with its content, and every folder (empty or not), by relative path. */
async function tree(folder: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {}
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => [])
  for (const entry of entries) {
    const full = path.join(entry.parentPath, entry.name)
    const relative = path.relative(folder, full)
    found[relative] = entry.isDirectory() ? '<dir>' : await readFile(full, 'utf8')
  }
  return found
}

const names = (await readdir(SCENARIOS, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

describe('npm run conformance', () => {
  it('uses only the scenarios inside the repository', async () => {
    const scripts = JSON.parse(await readFile('package.json', 'utf8')).scripts as Record<string, string>
    expect(scripts.conformance).toContain(`${ROOT}/run.sh`)
    expect(scripts.conformance).not.toContain('..')
    expect(await readFile(path.join(ROOT, 'LICENSE-codex'), 'utf8')).toContain('Apache License')
  })

  it('has the scenarios', () => {
    expect(names.length).toBeGreaterThanOrEqual(23)
  })

  it.each(names)('%s ends with the expected tree', async (name) => {
    const scenario = path.join(SCENARIOS, name)
    const workspace = await mkdtemp(path.join(tmpdir(), 'conformance-'))
    try {
      await cp(path.join(scenario, 'input'), workspace, { recursive: true }).catch(() => {})
      const patch = await readFile(path.join(scenario, 'patch.txt'), 'utf8')
      await applyPatch(patch, { workspace })
      expect(await tree(workspace)).toEqual(await tree(path.join(scenario, 'expected')))
    } finally {
      await rm(workspace, { recursive: true, force: true })
    }
  })
})
