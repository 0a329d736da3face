import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadProjectDocs } from '../../src/agent/project-docs.js'

let root: string | undefined
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true })
})

async function repoWithDocs(): Promise<string> {
  root = await mkdtemp(path.join(os.tmpdir(), 'docs-'))
  await mkdir(path.join(root, '.git'))
  await mkdir(path.join(root, 'packages', 'app'), { recursive: true })
  await writeFile(path.join(root, 'AGENTS.md'), 'ROOT RULES')
  await writeFile(path.join(root, 'packages', 'AGENTS.md'), '')
  await writeFile(path.join(root, 'packages', 'app', 'AGENTS.md'), 'APP RULES')
  return root
}

describe('loadProjectDocs', () => {
  it('collects AGENTS.md from the repository root down to the working folder, outermost first', async () => {
    const repo = await repoWithDocs()
    const docs = await loadProjectDocs(path.join(repo, 'packages', 'app'), 32_768)
    expect(docs.map((doc) => doc.text)).toEqual(['ROOT RULES', 'APP RULES'])
  })

  it('ignores AGENTS.md above the repository root and below the working folder', async () => {
    const repo = await repoWithDocs()
    expect((await loadProjectDocs(repo, 32_768)).map((doc) => doc.text)).toEqual(['ROOT RULES'])
  })

  it('stops at project_doc_max_bytes, and sends nothing at 0', async () => {
    const repo = await repoWithDocs()
    const docs = await loadProjectDocs(path.join(repo, 'packages', 'app'), 12)
    expect(docs.map((doc) => doc.text)).toEqual(['ROOT RULES', 'AP'])
    expect(await loadProjectDocs(repo, 0)).toEqual([])
  })
})
