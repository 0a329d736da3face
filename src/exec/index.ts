// `node dist/cli.js exec`: runs the agent on a local folder, like `codex exec`. Progress goes to
// stderr; the final message to stdout (or JSONL events with --json). Exit 0 only on completion.
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { readOutputSchema } from '../agent/output-schema.js'
import { readImageFile } from '../images/image-data.js'
import { runAgentWithSchema } from '../agent/structured.js'
import type { AgentResult } from '../agent/loop.js'
import type { AgentEvent } from '../agent/events.js'
import { sandboxRefusedEverything } from '../agent/result.js'
import { setupAgent } from '../agent/setup.js'
import { loadConfig } from '../config/load.js'
import { parseExecArgs, UsageError } from './args.js'
import type { ExecArgs, ExecRequest } from './args.js'
import { EXEC_HELP, usageErrorText, versionText } from './usage.js'
import { progressPrinter } from './progress.js'

export async function runExecCli(argv: string[]): Promise<number> {
  const log = (line: string) => process.stderr.write(`${line}\n`)
  let request: ExecRequest
  try {
    request = parseExecArgs(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(usageErrorText(error.message))
    return 2
  }
  if (request.kind === 'help') {
    process.stdout.write(`${EXEC_HELP}\n`)
    return 0
  }
  if (request.kind === 'version') {
    process.stdout.write(`${versionText()}\n`)
    return 0
  }
  try {
    const result = await execute(request.args, log)
    return exitCodeFor(result)
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(usageErrorText(error.message))
      return 2
    }
    log(`error: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
}

async function execute(args: ExecArgs, log: (line: string) => void): Promise<AgentResult> {
  const workspace = args.cd
  const overrides =
    args.model === undefined ? args.overrides : [...args.overrides, `model=${JSON.stringify(args.model)}`]
  const configFile = args.configFile ?? defaultConfigFile(workspace)
  const config = await loadConfig({
    file: configFile,
    fileRequired: args.configFile !== undefined,
    overrides,
    profile: args.profile,
    env: process.env,
  })
  for (const warning of config.warnings) log(`warning: ${warning}`)
  const task = args.prompt ?? (await readStdin())
  if (task.trim() === '')
    throw new UsageError('no prompt: pass PROMPT as the last argument, or pipe it into stdin')

  const images = await Promise.all(args.images.map((file) => readImageFile(path.resolve(file))))
  // Read before the sandbox and the model are set up: a bad schema costs nothing.
  const outputSchema =
    args.outputSchema === undefined ? undefined : await readOutputSchema(args.outputSchema, process.cwd())
  const parts = await setupAgent({ config, workspace, sandboxMode: args.sandbox, env: process.env, log })
  const cancel = new AbortController()
  const onSignal = () => cancel.abort()
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  const printProgress = progressPrinter((text) => process.stderr.write(text))
  const writeJson = (event: AgentEvent) => process.stdout.write(`${JSON.stringify(event)}\n`)
  try {
    log(
      [
        `workdir: ${workspace}`,
        `model: ${config.model} (provider ${config.provider.id}, ${config.provider.wireApi} API, ${new URL(config.provider.baseUrl).host})`,
        `config: ${config.file ?? 'defaults (no config file)'}`,
        `user: ${task}`,
      ].join('\n'),
    )
    const result = await runAgentWithSchema(
      {
        task,
        images,
        workspace,
        ...parts,
        reasoningEffort: config.modelReasoningEffort,
        budgets: {
          maxTurns: args.maxTurns,
          timeoutMs: args.timeoutMinutes * 60_000,
          maxCostUsd: args.maxCostUsd,
          maxTokens: args.maxTokens,
        },
        projectDocMaxBytes: config.projectDocMaxBytes,
        signal: cancel.signal,
        onEvent: (event) => {
          printProgress(event)
          if (args.json) writeJson(event)
        },
      },
      outputSchema,
    )
    await report(result, args, log)
    return result
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    // MCP servers stop however the run ends: completed, failed, thrown, or cancelled by a signal.
    await parts.close()
  }
}

async function report(result: AgentResult, args: ExecArgs, log: (line: string) => void): Promise<void> {
  // With --output-schema, the final message is the validated JSON.
  const finalMessage = result.structuredOutput ?? result.finalMessage
  if (args.outputLastMessage !== undefined) await writeFile(args.outputLastMessage, finalMessage)
  const cost =
    result.costUsd === undefined ? 'cost unknown (no price for this model)' : `$${result.costUsd.toFixed(4)}`
  const requests = `${result.modelRequests} model request${result.modelRequests === 1 ? '' : 's'}`
  log(
    `${result.status}: ${result.turns} turns, ${requests}, ${(result.durationMs / 1000).toFixed(1)} s, ${cost}`,
  )
  if (result.status === 'completed') {
    if (!args.json) process.stdout.write(`${finalMessage}\n`)
    return
  }
  // A stop: stdout stays for answers; the reason is said once, on stderr, after what was done
  // (the message's first line is that same reason, so it is not repeated).
  const doneSoFar = result.finalMessage.split('\n').slice(1).join('\n').trim()
  if (doneSoFar !== '') log(doneSoFar)
  log(`error: ${result.reason ?? result.status}`)
}

function exitCodeFor(result: AgentResult): number {
  const refused = sandboxRefusedEverything(result)
  if (refused) {
    process.stderr.write(`error: ${refused}\n`)
    return 1
  }
  if (result.status === 'completed') return 0
  return result.status === 'cancelled' ? 130 : 1
}

/** The project's `.codex/config.toml`, else `$CODEX_HOME/config.toml` (~/.codex), as Codex reads it. */
function defaultConfigFile(workspace: string): string {
  const projectConfig = path.join(workspace, '.codex', 'config.toml')
  if (existsSync(projectConfig)) return projectConfig
  return path.join(process.env.CODEX_HOME ?? path.join(os.homedir(), '.codex'), 'config.toml')
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return ''
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
