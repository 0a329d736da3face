// AGENTS.md as `codex exec` reads it, seen in the first request the model receives: the global
// doc, overrides, fallback names, the byte budget spent root first, and Codex's wrapper text.
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { FakeModel } from '../../__fixtures__/model/fake-model.js'
import { configWorld, providerToml } from './config-run.js'
import type { ConfigWorld } from './config-run.js'

let world: ConfigWorld | undefined
afterEach(async () => {
  await world?.cleanup()
  world = undefined
})

/** The user message that carries the docs in the model's first request, if any. */
function docsMessage(model: FakeModel): string | undefined {
  const messages = (model.requests[0]?.body['messages'] ?? []) as { role: string; content?: unknown }[]
  const texts = messages.map((message) => (typeof message.content === 'string' ? message.content : ''))
  return texts.find((text) => text.startsWith('# AGENTS.md instructions for '))
}

async function worldWithModel(extraToml = ''): Promise<{ world: ConfigWorld; model: FakeModel }> {
  const created = await configWorld()
  world = created
  const model = await created.model()
  await created.write(
    'config.toml',
    `model_provider = "p"\nmodel = "m"\n${extraToml}${providerToml('p', model)}`,
  )
  return { world: created, model }
}

describe('AGENTS.md', () => {
  it('the global doc, then the project docs root first, in Codex wrapper text', async () => {
    const { world, model } = await worldWithModel()
    await world.write('AGENTS.md', '\nGLOBAL RULES\n')
    await world.write('repo:AGENTS.md', 'ROOT RULES\n')
    await world.write('repo:src/AGENTS.md', 'SRC RULES\n')
    const cwd = path.join(world.repo.dir, 'src')
    expect((await world.exec(['Task.'], { cwd })).code).toBe(0)
    expect(docsMessage(model)).toBe(
      `# AGENTS.md instructions for ${cwd}\n\n<INSTRUCTIONS>\nGLOBAL RULES\n\n--- project-doc ---\n\nROOT RULES\n\n\nSRC RULES\n\n</INSTRUCTIONS>`,
    )
  })

  it('AGENTS.override.md takes precedence in its own folder only (also in $CODEX_HOME)', async () => {
    const { world, model } = await worldWithModel()
    await world.write('AGENTS.md', 'GLOBAL')
    await world.write('AGENTS.override.md', 'GLOBAL OVERRIDE')
    await world.write('repo:AGENTS.md', 'ROOT')
    await world.write('repo:AGENTS.override.md', 'ROOT OVERRIDE')
    await world.write('repo:src/AGENTS.md', 'SRC')
    expect((await world.exec(['Task.'], { cwd: path.join(world.repo.dir, 'src') })).code).toBe(0)
    const text = docsMessage(model) ?? ''
    expect(text).toContain('GLOBAL OVERRIDE\n\n--- project-doc ---\n\nROOT OVERRIDE\n\nSRC\n</INSTRUCTIONS>')
    expect(text).not.toMatch(/GLOBAL\n|ROOT\n/)
  })

  it('project_doc_fallback_filenames: CLAUDE.md is read where there is no AGENTS.md', async () => {
    const { world, model } = await worldWithModel('project_doc_fallback_filenames = ["CLAUDE.md"]\n')
    await world.write('repo:AGENTS.md', 'ROOT AGENTS')
    await world.write('repo:CLAUDE.md', 'ROOT CLAUDE')
    await world.write('repo:src/CLAUDE.md', 'SRC CLAUDE')
    expect((await world.exec(['Task.'], { cwd: path.join(world.repo.dir, 'src') })).code).toBe(0)
    const text = docsMessage(model) ?? ''
    expect(text).toContain('<INSTRUCTIONS>\nROOT AGENTS\n\nSRC CLAUDE\n</INSTRUCTIONS>')
    expect(text).not.toContain('ROOT CLAUDE')
  })

  it('a fallback name that reaches outside its folder is refused', async () => {
    const { world } = await worldWithModel('project_doc_fallback_filenames = ["../secret.md"]\n')
    const run = await world.exec(['Task.'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      'project_doc_fallback_filenames holds "../secret.md", which is not a file name',
    )
  })

  it('project_doc_max_bytes is spent root first; the global doc is not counted', async () => {
    const { world, model } = await worldWithModel('project_doc_max_bytes = 12\n')
    await world.write('AGENTS.md', 'GLOBAL DOC IS LONGER THAN TWELVE BYTES')
    await world.write('repo:AGENTS.md', 'ROOT-1234')
    await world.write('repo:src/AGENTS.md', 'SRC-ABCDEFGH')
    expect((await world.exec(['Task.'], { cwd: path.join(world.repo.dir, 'src') })).code).toBe(0)
    expect(docsMessage(model)).toContain(
      '<INSTRUCTIONS>\nGLOBAL DOC IS LONGER THAN TWELVE BYTES\n\n--- project-doc ---\n\nROOT-1234\n\nSRC\n</INSTRUCTIONS>',
    )
  })
})
