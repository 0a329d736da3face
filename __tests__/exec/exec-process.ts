// `node dist/cli.js exec` as a process, the way scripts and `openai/codex-action` run it: a git
// workspace, a config file beside it, the scripted model on loopback, and a private CODEX_HOME
// (sessions are written there, never into the real home).
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { startFakeModel } from '../../__fixtures__/model/fake-model.js'
import type { FakeModel } from '../../__fixtures__/model/fake-model.js'
import { makeWorkspace } from '../../__fixtures__/workspace.js'
import type { Workspace } from '../../__fixtures__/workspace.js'

import { runCli, type CliRun } from '../helpers/cli-process.js'

export { runCli, type CliRun }

export interface ExecHarness {
  workspace: Workspace
  /** The workspace (a git repository). */
  dir: string
  /** A folder beside the workspace, outside any git repository. */
  outside: string
  config: string
  codexHome: string
  model: FakeModel
  env: NodeJS.ProcessEnv
  /** `exec --config-file <config> …args` with CODEX_HOME set. */
  exec(args: string[], options?: { input?: string; env?: NodeJS.ProcessEnv }): Promise<CliRun>
  close(): Promise<void>
}

export async function execHarness(
  script: Parameters<typeof startFakeModel>[0],
  options: { wire?: 'chat' | 'responses'; extraToml?: string } = {},
): Promise<ExecHarness> {
  const model = await startFakeModel(script)
  const workspace = await makeWorkspace()
  const root = path.dirname(workspace.dir)
  const config = path.join(root, 'config.toml')
  const codexHome = path.join(root, 'codex-home')
  const outside = path.join(root, 'outside')
  await mkdir(outside)
  await writeFile(
    config,
    'model_provider = "fake"\nmodel = "fake-model"\n[model_providers.fake]\nname = "Fake"\n' +
      `base_url = "${model.baseUrl}"\nwire_api = "${options.wire ?? 'chat'}"\n${options.extraToml ?? ''}`,
  )
  const env = { ...process.env, CODEX_HOME: codexHome }
  return {
    workspace,
    dir: workspace.dir,
    outside,
    config,
    codexHome,
    model,
    env,
    exec: (args, runOptions = {}) =>
      runCli(['exec', '--config-file', config, ...args], {
        input: runOptions.input,
        env: runOptions.env ?? env,
      }),
    close: async () => {
      await model.close()
      await workspace.cleanup()
    },
  }
}

/** The JSONL events of a `--json` run. */
export function jsonEvents(stdout: string): { type: string; [key: string]: unknown }[] {
  return stdout
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { type: string })
}

/** Every request the model received, as one string (what it was shown). */
export function modelSaw(model: FakeModel, index?: number): string {
  const requests = index === undefined ? model.requests : [model.requests[index]]
  return requests.map((request) => JSON.stringify(request?.body)).join('\n')
}
