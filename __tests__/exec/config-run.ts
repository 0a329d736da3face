// `node dist/cli.js exec` with a real `$CODEX_HOME` and a real repository, for the config tests:
// the user's files go in `home`, the repository's in `repo`, and models are scripted servers on
// loopback that record every request (path, headers, body) they receive.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startFakeModel } from '../../__fixtures__/model/fake-model.js'
import type { FakeModel } from '../../__fixtures__/model/fake-model.js'
import { makeWorkspace } from '../../__fixtures__/workspace.js'
import type { Workspace } from '../../__fixtures__/workspace.js'
import { runCli } from '../e2e/exec-run.js'
import type { CliRun } from '../e2e/exec-run.js'

export interface ConfigWorld {
  home: string
  repo: Workspace
  /** A model that answers "done" to anything (given `requireApiKey`, only with that key). */
  model(options?: { requireApiKey?: string }): Promise<FakeModel>
  /** Writes `text` to `home/<file>` or, for paths starting with `repo:`, inside the repository. */
  write(file: string, text: string): Promise<string>
  /** `--sandbox read-only` unless `sandbox` names another mode, or is null: none on the command line. */
  exec(
    args: string[],
    options?: { cwd?: string; env?: NodeJS.ProcessEnv; sandbox?: string | null },
  ): Promise<CliRun>
  cleanup(): Promise<void>
}

/** A `[model_providers.<id>]` table for a scripted model, speaking Chat Completions. */
export function providerToml(id: string, model: FakeModel, extra = ''): string {
  return `[model_providers.${id}]\nname = "${id}"\nbase_url = "${model.baseUrl}"\nwire_api = "chat"\n${extra}\n`
}

export async function configWorld(): Promise<ConfigWorld> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'codex-home-'))
  const repo = await makeWorkspace()
  const models: FakeModel[] = []
  return {
    home,
    repo,
    async model(options = {}) {
      const model = await startFakeModel(() => ({ text: 'done' }), options)
      models.push(model)
      return model
    },
    async write(file, text) {
      const target = file.startsWith('repo:') ? path.join(repo.dir, file.slice(5)) : path.join(home, file)
      await mkdir(path.dirname(target), { recursive: true })
      await writeFile(target, text)
      return target
    },
    exec(args, options = {}) {
      // Only what a user's shell would hold: no key unless the test gives one.
      const env = { PATH: process.env['PATH'], HOME: home, CODEX_HOME: home, ...options.env }
      const sandbox = options.sandbox === null ? [] : ['--sandbox', options.sandbox ?? 'read-only']
      return runCli(['exec', '--cd', options.cwd ?? repo.dir, ...sandbox, ...args], env)
    },
    async cleanup() {
      await Promise.all(models.map((model) => model.close()))
      await repo.cleanup()
      await rm(home, { recursive: true, force: true })
    },
  }
}

/** Every request body a model received, as one string. */
export function bodies(model: FakeModel): string {
  return model.requests.map((request) => JSON.stringify(request.body)).join('\n')
}
