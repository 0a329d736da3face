// `node dist/cli.js exec` side by side with the real `codex exec` 0.171 (installed at test time,
// see helpers/codex-binary.ts), both against the same scripted model and CODEX_HOME: a session one
// saves the other resumes, `--json` usage comes out byte for byte alike, and the same key is sent.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFakeModel } from '../../__fixtures__/model/fake-model.js'
import type { FakeModel, ScriptedTurn } from '../../__fixtures__/model/fake-model.js'
import { installCodex } from '../helpers/codex-binary.js'
import { CLI, runProcess, type CliRun } from '../helpers/cli-process.js'

let codex: string | undefined
let unavailable: string | undefined
beforeAll(() => {
  const installed = installCodex()
  if ('unavailable' in installed) unavailable = installed.unavailable
  else codex = installed.binary
}, 300_000)

interface World {
  model: FakeModel
  home: string
  workspace: string
  run(program: 'ours' | 'codex', args: string[], env?: NodeJS.ProcessEnv): Promise<CliRun>
}

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

async function world(script: (request: unknown, index: number) => ScriptedTurn): Promise<World> {
  const model = await startFakeModel(script)
  const root = await mkdtemp(path.join(os.tmpdir(), 'codex-differential-'))
  cleanups.push(async () => {
    await model.close()
    await rm(root, { recursive: true, force: true })
  })
  const home = path.join(root, 'home')
  const workspace = path.join(root, 'workspace')
  await Promise.all([mkdir(home), mkdir(workspace)])
  await writeFile(
    path.join(home, 'config.toml'),
    `model = "gpt-5.5"\nmodel_provider = "fake"\n[model_providers.fake]\nname = "fake"\n` +
      `base_url = "${model.baseUrl}"\nwire_api = "responses"\n`,
  )
  return {
    model,
    home,
    workspace,
    run(program, args, env = {}) {
      const argv = program === 'ours' ? [process.execPath, CLI] : [codex!]
      const base = { PATH: process.env['PATH'], HOME: home, CODEX_HOME: home }
      return runProcess([...argv, 'exec', '--skip-git-repo-check', ...args], {
        env: { ...base, ...env },
        cwd: workspace,
      })
    },
  }
}

const lastBody = (model: FakeModel): string => JSON.stringify(model.requests.at(-1)?.body)

describe('exec next to codex exec 0.171', () => {
  for (const [first, second] of [
    ['ours', 'codex'],
    ['codex', 'ours'],
  ] as const) {
    it(`a session ${first} saved is resumed by ${second}, by --last and by its id, the earlier turn in the request`, async (context) => {
      if (unavailable !== undefined) context.skip(unavailable)
      const w = await world((_request, index) => ({ text: `answer ${index}` }))
      const saved = await w.run(first, ['--json', 'FIRST-TASK-MARKER'], { CODEX_API_KEY: 'k' })
      expect(saved.code).toBe(0)
      const id = (JSON.parse(saved.stdout.split('\n')[0] ?? '{}') as { thread_id?: string }).thread_id
      for (const target of ['--last', id ?? 'no thread id']) {
        const resumed = await w.run(second, ['resume', target, 'Next.'], { CODEX_API_KEY: 'k' })
        expect(resumed.code).toBe(0)
        expect(resumed.stdout.trim()).toMatch(/^answer \d$/)
        expect(lastBody(w.model)).toContain('FIRST-TASK-MARKER')
        expect(lastBody(w.model)).toContain('answer 0')
      }
    })
  }

  it('--json turn.completed usage is the same line, cache writes included', async (context) => {
    if (unavailable !== undefined) context.skip(unavailable)
    const w = await world(() => ({
      text: 'done',
      usage: { input: 1_000, cached: 200, output: 30, cacheWrite: 700 },
    }))
    const lines = await Promise.all(
      (['ours', 'codex'] as const).map(async (program) => {
        const run = await w.run(program, ['--json', 'Task.'], { CODEX_API_KEY: 'k' })
        expect(run.code).toBe(0)
        return run.stdout.trim().split('\n').at(-1)
      }),
    )
    expect(lines[0]).toBe(
      '{"type":"turn.completed","usage":{"input_tokens":1000,"cached_input_tokens":200,' +
        '"cache_write_input_tokens":700,"output_tokens":30,"reasoning_output_tokens":0}}',
    )
    expect(lines[0]).toBe(lines[1])
  })

  it('sends the same key: CODEX_API_KEY over OPENAI_API_KEY for the built-in provider', async (context) => {
    if (unavailable !== undefined) context.skip(unavailable)
    const w = await world(() => ({ text: 'done' }))
    await writeFile(
      path.join(w.home, 'config.toml'),
      `model = "gpt-5.5"\nopenai_base_url = "${w.model.baseUrl}"\n`,
    )
    const env = { OPENAI_API_KEY: 'sk-openai', CODEX_API_KEY: 'sk-codex' }
    for (const program of ['ours', 'codex'] as const)
      expect((await w.run(program, ['Task.'], env)).code).toBe(0)
    expect(w.model.requests.map((request) => request.headers['authorization'])).toEqual([
      'Bearer sk-codex',
      'Bearer sk-codex',
    ])
  })
})
