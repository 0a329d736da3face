// `node dist/cli.js exec`: runs the agent on a local folder, like `codex exec`. Progress goes to
// stderr; the final message to stdout (or JSONL events with --json). Exit 0 only on completion.
import { randomUUID } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import type { AgentOptions, AgentResult } from '../agent/loop.js'
import { loadProjectDocs } from '../agent/project-docs.js'
import { sandboxRefusedEverything } from '../agent/result.js'
import { setupAgent } from '../agent/setup.js'
import type { AgentParts } from '../agent/setup.js'
import { runAgentWithSchema } from '../agent/structured.js'
import { errorMessage } from '../common/errors.js'
import type { ApprovalPolicy } from '../config/types.js'
import type { AgentEvent } from '../protocol/events.js'
import { parseExecArgs, UsageError } from './args.js'
import type { ExecArgs, ExecRequest } from './args.js'
import { codexJsonLine } from './json-events.js'
import { prepareRun } from './prepare.js'
import type { PreparedRun } from './prepare.js'
import { progressPrinter, useColor } from './progress.js'
import { insideGitRepo, NOT_IN_GIT_REPO } from './prompt.js'
import { newRolloutFile, recordRun } from './rollout.js'
import type { RolloutTarget, TurnContext } from './rollout.js'
import type { SavedSession } from './sessions.js'
import { EXEC_HELP, usageErrorText, versionText } from './usage.js'

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
  const { args } = request
  // As Codex: a git repository is the sign that the folder's changes can be reviewed and undone.
  if (!args.skipGitRepoCheck && !args.bypassSandbox && !insideGitRepo(args.cd)) {
    log(NOT_IN_GIT_REPO)
    return 1
  }
  try {
    const result = await execute(args, log)
    return exitCodeFor(result)
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(usageErrorText(error.message))
      return 2
    }
    log(`error: ${errorMessage(error)}`)
    return 1
  }
}

async function execute(args: ExecArgs, log: (line: string) => void): Promise<AgentResult> {
  const run = await prepareRun(args, log)
  const { config, workspace, sandboxMode } = run
  const parts = await setupAgent({ config, workspace, sandboxMode, env: process.env, log })
  const threadId = run.session?.id ?? randomUUID()
  // --yolo: nothing waits for a person, as with Codex's approval "never".
  const approvalPolicy = args.bypassSandbox ? 'never' : parts.approvalPolicy
  const cancel = cancelOnSignals()
  try {
    log(runHeader(run, threadId))
    const options = await agentOptions(args, run, parts, { threadId, approvalPolicy, signal: cancel.signal })
    const result = await runAgentWithSchema(options, run.outputSchema)
    if (!args.ephemeral) {
      const context = { cwd: workspace, model: config.model, sandbox: sandboxMode, approvalPolicy }
      const saved = { context, provider: config.provider.id, task: run.task, result, log }
      await saveRollout(rolloutTarget(threadId, run.session), saved)
    }
    await report(result, args, log)
    return result
  } finally {
    cancel.release()
    // MCP servers stop however the run ends: completed, failed, thrown, or cancelled by a signal.
    await parts.close()
  }
}

/** Ctrl-C or a kill cancels the run (the loop stops and the run ends as cancelled) instead of the process dying. */
function cancelOnSignals(): { signal: AbortSignal; release: () => void } {
  const cancel = new AbortController()
  const onSignal = () => cancel.abort()
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  const release = () => {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
  return { signal: cancel.signal, release }
}

/** What the run says about itself on stderr before the first model call. */
function runHeader(run: PreparedRun, threadId: string): string {
  const { config, files, session } = run
  const { provider } = config
  return [
    `workdir: ${run.workspace}`,
    `model: ${config.model} (provider ${provider.id}, ${provider.wireApi} API, ${new URL(provider.baseUrl).host})`,
    `config: ${files.length > 0 ? files.join(', ') : 'defaults (no config file)'}`,
    `session id: ${threadId}${session ? ` (resumed from ${session.file})` : ''}`,
    `user: ${run.task}`,
  ].join('\n')
}

/** The loop's options: the prepared run, the agent's parts, the budgets, and where events go. */
async function agentOptions(
  args: ExecArgs,
  run: PreparedRun,
  parts: AgentParts,
  thread: { threadId: string; approvalPolicy: ApprovalPolicy; signal: AbortSignal },
): Promise<AgentOptions> {
  const { config, workspace, session, task } = run
  const printProgress = progressPrinter((text) => process.stderr.write(text), {
    color: useColor(args.color, process.stderr, process.env),
  })
  const writeJson = (event: AgentEvent) => process.stdout.write(`${codexJsonLine(event, workspace)}\n`)
  return {
    task,
    images: run.images,
    workspace,
    ...parts,
    ...thread,
    resume: session ? { history: session.history, note: task } : undefined,
    reasoningEffort: config.modelReasoningEffort,
    budgets: {
      maxTurns: args.maxTurns,
      timeoutMs: args.timeoutMinutes * 60_000,
      maxCostUsd: args.maxCostUsd,
      maxTokens: args.maxTokens,
    },
    projectDocMaxBytes: config.projectDocMaxBytes,
    projectDocs: await loadProjectDocs(workspace, config.projectDocMaxBytes, {
      codexHome: run.home,
      fallbackFilenames: config.projectDocFallbackFilenames,
    }),
    onEvent: (event) => {
      printProgress(event)
      if (args.json) writeJson(event)
    },
  }
}

function rolloutTarget(threadId: string, session: SavedSession | undefined): RolloutTarget {
  return session
    ? { file: session.file, id: session.id, previous: session.history }
    : { file: newRolloutFile(process.env, threadId), id: threadId, previous: undefined }
}

/** A session that cannot be saved costs `exec resume`, not the run: said, and the run goes on. */
async function saveRollout(
  target: RolloutTarget,
  run: {
    context: TurnContext
    provider: string
    task: string
    result: AgentResult
    log: (line: string) => void
  },
): Promise<void> {
  try {
    await recordRun(target, run.context, run.task, run.result, run.provider)
  } catch (error) {
    run.log(`warning: the session was not saved to ${target.file}: ${errorMessage(error)}`)
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
