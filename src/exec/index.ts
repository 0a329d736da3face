// `node dist/cli.js exec`: runs the agent on a local folder, like `codex exec`. Progress goes to
// stderr; the final message to stdout (or JSONL events with --json). Exit 0 only on completion.
import { randomUUID } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { readOutputSchema } from '../config/output-schema.js'
import { readImageFile } from '../protocol/images.js'
import { runAgentWithSchema } from '../agent/structured.js'
import { loadProjectDocs } from '../agent/project-docs.js'
import type { AgentResult } from '../agent/loop.js'
import type { AgentEvent } from '../protocol/events.js'
import { sandboxRefusedEverything } from '../agent/result.js'
import { setupAgent } from '../agent/setup.js'
import { loadExecConfig } from '../config/layered.js'
import type { ResolvedConfig } from '../config/types.js'
import { parseExecArgs, UsageError } from './args.js'
import type { ExecArgs, ExecRequest } from './args.js'
import { featureWarnings } from './features.js'
import { codexJsonLine } from './json-events.js'
import { insideGitRepo, NOT_IN_GIT_REPO, resolveTask } from './prompt.js'
import { codexHome, newRolloutFile, recordRun, sessionsDir } from './rollout.js'
import type { RolloutTarget, TurnContext } from './rollout.js'
import { findSession } from './sessions.js'
import type { SavedSession } from './sessions.js'
import { EXEC_HELP, usageErrorText, versionText } from './usage.js'
import { progressPrinter, useColor } from './progress.js'
import { errorMessage } from '../common/errors.js'

/** Codex's own words for the flag, so the risk reads the same here. */
const BYPASS_WARNING =
  'warning: --dangerously-bypass-approvals-and-sandbox: commands run without a sandbox and without ' +
  'approval. EXTREMELY DANGEROUS. Intended solely for running in environments that are externally sandboxed'

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
  const workspace = args.cd
  const home = codexHome(process.env)
  const { config, files } = await execConfig(args, home, log)
  // Before the prompt is read and before any model call: a missing session ends the run here.
  const session = args.resume
    ? await findSession(args.resume, sessionsDir(process.env), workspace)
    : undefined
  const task = await resolveTask(args, log)
  const sandboxMode = args.bypassSandbox ? 'danger-full-access' : (args.sandbox ?? config.sandboxMode)
  if (args.bypassSandbox) log(BYPASS_WARNING)
  if (args.addDirs.length > 0 && sandboxMode !== 'workspace-write')
    log(
      `warning: --add-dir has no effect under the ${sandboxMode} sandbox (only workspace-write has writable roots)`,
    )

  const images = await Promise.all(args.images.map((file) => readImageFile(path.resolve(file))))
  // Read before the sandbox and the model are set up: a bad schema costs nothing.
  const outputSchema =
    args.outputSchema === undefined ? undefined : await readOutputSchema(args.outputSchema, process.cwd())
  const parts = await setupAgent({ config, workspace, sandboxMode, env: process.env, log })
  const threadId = session?.id ?? randomUUID()
  // --yolo: nothing waits for a person, as with Codex's approval "never".
  const approvalPolicy = args.bypassSandbox ? 'never' : parts.approvalPolicy
  const cancel = new AbortController()
  const onSignal = () => cancel.abort()
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  const printProgress = progressPrinter((text) => process.stderr.write(text), {
    color: useColor(args.color, process.stderr, process.env),
  })
  const writeJson = (event: AgentEvent) => process.stdout.write(`${codexJsonLine(event, workspace)}\n`)
  try {
    log(
      [
        `workdir: ${workspace}`,
        `model: ${config.model} (provider ${config.provider.id}, ${config.provider.wireApi} API, ${new URL(config.provider.baseUrl).host})`,
        `config: ${files.length > 0 ? files.join(', ') : 'defaults (no config file)'}`,
        `session id: ${threadId}${session ? ` (resumed from ${session.file})` : ''}`,
        `user: ${task}`,
      ].join('\n'),
    )
    const result = await runAgentWithSchema(
      {
        task,
        images,
        workspace,
        ...parts,
        approvalPolicy,
        threadId,
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
          codexHome: home,
          fallbackFilenames: config.projectDocFallbackFilenames,
        }),
        signal: cancel.signal,
        onEvent: (event) => {
          printProgress(event)
          if (args.json) writeJson(event)
        },
      },
      outputSchema,
    )
    if (!args.ephemeral) {
      const context = { cwd: workspace, model: config.model, sandbox: sandboxMode, approvalPolicy }
      const run = { context, provider: config.provider.id, task, result, log }
      await saveRollout(rolloutTarget(threadId, session), run)
    }
    await report(result, args, log)
    return result
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    // MCP servers stop however the run ends: completed, failed, thrown, or cancelled by a signal.
    await parts.close()
  }
}

/** Codex's config layers and `-c` overrides, then the command line's own additions (`--add-dir`). */
async function execConfig(
  args: ExecArgs,
  home: string,
  log: (line: string) => void,
): Promise<{ config: ResolvedConfig; files: string[] }> {
  const overrides =
    args.model === undefined ? args.overrides : [...args.overrides, `model=${JSON.stringify(args.model)}`]
  const { config, files } = await loadExecConfig({
    cwd: args.cd,
    codexHome: home,
    configFile: args.configFile,
    ignoreUserConfig: args.ignoreUserConfig,
    profile: args.profile,
    overrides,
    strict: args.strictConfig,
    oss: args.oss && { localProvider: args.oss.localProvider, modelFromCli: args.model !== undefined },
    env: process.env,
  })
  for (const warning of [...config.warnings, ...featureWarnings(args.features)]) log(`warning: ${warning}`)
  const writable = config.sandboxWorkspaceWrite
  const withDirs = {
    ...config,
    sandboxWorkspaceWrite: { ...writable, writableRoots: [...writable.writableRoots, ...args.addDirs] },
  }
  return { config: withDirs, files }
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
