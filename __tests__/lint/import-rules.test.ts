// The import rules of docs/architecture.md are enforced by `npm run lint`: a planted cycle, a
// layer importing upwards and a package imported outside its one owner each fail lint, with a
// message naming the rule; the same imports where they belong pass.
import { execFile } from 'node:child_process'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { ESLint } from 'eslint'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')
const eslint = new ESLint({ cwd: ROOT })

async function lintAt(relativePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, relativePath) })
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? 'fatal'}: ${message.message}`)
}

describe('lint: cycles', () => {
  const probe = path.join(ROOT, 'src/tools', `lint-probe-${process.pid}`)
  afterAll(() => rm(probe, { recursive: true, force: true }))

  it('fails on two modules that import each other, and passes once one of them stops', async () => {
    await mkdir(probe, { recursive: true })
    await writeFile(
      path.join(probe, 'a.ts'),
      "import { b } from './b.js'\nexport const a = (): number => b() + 1\n",
    )
    await writeFile(
      path.join(probe, 'b.ts'),
      "import { a } from './a.js'\nexport const b = (): number => a() - 1\n",
    )
    const [first, second] = await eslint.lintFiles([path.join(probe, 'a.ts'), path.join(probe, 'b.ts')])
    for (const result of [first, second]) {
      expect(result?.messages.map((message) => message.ruleId)).toContain('import-x/no-cycle')
    }

    await writeFile(path.join(probe, 'b.ts'), 'export const b = (): number => 1\n')
    const fresh = new ESLint({ cwd: ROOT })
    const [acyclic] = await fresh.lintFiles([path.join(probe, 'a.ts')])
    expect(acyclic?.messages).toEqual([])
  })
})

describe('lint: layers', () => {
  it('fails when github/ imports model or sandbox types', async () => {
    const messages = await lintAt(
      'src/github/planted.ts',
      "import type { Usage } from '../model/types.js'\nexport type Planted = Usage\n",
    )
    expect(messages).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*src\/github may import only/),
    ])
  })

  it('fails when the agent side imports GitHub code or the action', async () => {
    const messages = await lintAt(
      'src/tools/planted.ts',
      "import type { Trigger } from '../github/types.js'\nimport type { ActionDeps } from '../action/deps.js'\n" +
        'export type Planted = [Trigger, ActionDeps]\n',
    )
    expect(messages).toHaveLength(2)
    for (const message of messages)
      expect(message).toMatch(/^import-x\/no-restricted-paths: .*src\/tools may/)
  })

  it('fails when config/ imports a layer above it', async () => {
    const messages = await lintAt(
      'src/config/planted.ts',
      "import type { CommandRunner } from '../sandbox/types.js'\nexport type Planted = CommandRunner\n",
    )
    expect(messages).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*src\/config may/)])
  })

  it('passes imports that go downwards', async () => {
    const messages = await lintAt(
      'src/report/planted.ts',
      "import type { Usage } from '../model/types.js'\nimport { codeSpan } from '../github/markdown.js'\n" +
        'export const planted = (usage: Usage): string => codeSpan(String(usage.inputTokens))\n',
    )
    expect(messages).toEqual([])
  })
})

describe('lint: packages with one owner', () => {
  const cases = [
    {
      pkg: 'openai',
      code: "import OpenAI from 'openai'\nexport const planted = OpenAI\n",
      owner: 'src/model/openai.ts',
      says: 'src/model/openai.ts',
    },
    {
      pkg: 'simple-git',
      code: "import { simpleGit } from 'simple-git'\nexport const planted = simpleGit\n",
      owner: 'src/git/run.ts',
      says: 'src/git/**',
    },
    {
      pkg: '@actions/core',
      code: "import * as core from '@actions/core'\nexport const planted = core\n",
      owner: 'src/inputs.ts',
      says: 'src/main.ts and src/inputs.ts',
    },
    {
      pkg: '@octokit/*',
      code: "import { retry } from '@octokit/plugin-retry'\nexport const planted = retry\n",
      owner: 'src/github/client.ts',
      says: 'src/github/client.ts',
    },
    {
      pkg: 'undici',
      code: "import { fetch } from 'undici'\nexport const planted = fetch\n",
      owner: 'src/net/proxy.ts',
      says: 'src/net/proxy.ts',
    },
  ]

  it.each(cases)('only $says imports $pkg', async ({ code, owner, says }) => {
    const elsewhere = await lintAt('src/agent/planted.ts', code)
    expect(elsewhere).toHaveLength(1)
    expect(elsewhere[0]).toMatch(/^no-restricted-imports: /)
    expect(elsewhere[0]).toContain(`only ${says} imports`)
    expect(await lintAt(owner, code)).toEqual([])
  })

  it('keeps Octokit out of the rest of github/', async () => {
    const messages = await lintAt(
      'src/github/pulls.ts',
      "import { getOctokit } from '@actions/github'\nexport const planted = getOctokit\n",
    )
    expect(messages).toEqual([expect.stringMatching(/^no-restricted-imports: .*only src\/github\/client.ts/)])
  })
})

describe('lint: every part of src/ has a layer', () => {
  const probe = path.join(ROOT, 'src', `lint-probe-${process.pid}`)
  afterAll(() => rm(probe, { recursive: true, force: true }))

  it('refuses to lint while a folder of src/ is missing from the table', async () => {
    await mkdir(probe, { recursive: true })
    await writeFile(path.join(probe, 'x.ts'), 'export const x = 1\n')
    // A process of its own: this one has the config loaded already, from before the folder existed.
    const eslintBin = path.join(ROOT, 'node_modules/eslint/bin/eslint.js')
    const run = promisify(execFile)(process.execPath, [eslintBin, path.join(probe, 'x.ts')], { cwd: ROOT })
    await expect(run).rejects.toMatchObject({
      stderr: expect.stringMatching(/src\/lint-probe-\d+ has no layer; add it to PARTS and MAY_IMPORT/),
    })
  })
})
