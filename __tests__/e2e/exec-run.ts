// `node dist/cli.js exec` as a user runs it, for attack tests: the scripted model on loopback, a
// config file next to the workspace, the real sandbox, and everything the run printed and sent.
import fs from 'node:fs'
import path from 'node:path'
import { startFakeModel } from '../../__fixtures__/model/fake-model.js'
import type { FakeModel, ScriptedTurn } from '../../__fixtures__/model/fake-model.js'
import { CLI, runProcess, type CliRun } from '../helpers/cli-process.js'

export type { CliRun }

export function runCli(args: string[], env: NodeJS.ProcessEnv, wrapper: string[] = []): Promise<CliRun> {
  return runProcess([...wrapper, process.execPath, CLI, ...args], { env })
}

/** One shell call per script, then a final message. */
export function shellTurns(scripts: string[], timeoutMs = 20_000): ScriptedTurn[] {
  return [
    ...scripts.map((script) => ({
      calls: [{ name: 'shell', arguments: { command: ['bash', '-c', script], timeout_ms: timeoutMs } }],
    })),
    { text: 'done' },
  ]
}

export interface ExecAttack {
  model: FakeModel
  run: CliRun
  /** Every request body the model received, as one string (what a leak would reach). */
  modelSaw: string
  /** The output of each shell call, in order, as the model received it. */
  outputs: string[]
}

/** Runs `exec --sandbox <mode>` in `workspace` against a model that sends `turns`. */
export async function execAttack(options: {
  workspace: string
  turns: ScriptedTurn[]
  env: NodeJS.ProcessEnv
  sandbox?: string
  extraToml?: string
  wrapper?: string[]
}): Promise<ExecAttack> {
  const model = await startFakeModel(options.turns)
  try {
    const config = path.join(
      path.dirname(options.workspace),
      `config-${path.basename(options.workspace)}.toml`,
    )
    fs.writeFileSync(
      config,
      'model_provider = "fake"\nmodel = "fake-model"\n[model_providers.fake]\nname = "Fake"\n' +
        `base_url = "${model.baseUrl}"\nwire_api = "chat"\n${options.extraToml ?? ''}`,
      { mode: 0o644 },
    )
    const args = ['exec', '--cd', options.workspace, '--config-file', config, '--sandbox']
    args.push(options.sandbox ?? 'workspace-write', 'do the task')
    const run = await runCli(args, options.env, options.wrapper)
    const modelSaw = model.requests.map((request) => JSON.stringify(request.body)).join('\n')
    return { model, run, modelSaw, outputs: toolOutputs(model) }
  } finally {
    await model.close()
  }
}

function toolOutputs(model: FakeModel): string[] {
  const last = model.requests.at(-1)?.body as { messages?: { role: string; content?: unknown }[] } | undefined
  return (last?.messages ?? [])
    .filter((message) => message.role === 'tool')
    .map((message) =>
      typeof message.content === 'string' ? message.content : JSON.stringify(message.content),
    )
}
