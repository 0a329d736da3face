// `/codex status` and `/codex ask`: the two commands that answer with a reply and never publish.
import { actionAgentParts } from './agent-parts.js'
import { runAgentWithSchema } from '../agent/structured.js'
import { actionKeyFix } from './input-overrides.js'
import { resolveApiKey } from '../config/load.js'
import type { GitHubClient } from '../github/client.js'
import { replyOnce } from '../github/comments.js'
import { renderAnswer, renderStatus } from '../report/render.js'
import type { FinalReport, StatusReport } from '../report/render.js'
import { runUrl } from '../github/types.js'
import type { TaskContext, Trigger } from '../github/types.js'
import { createModelClient } from '../model/openai.js'
import { describeSandbox, probeSandbox } from '../sandbox/index.js'
import type { SandboxPolicy } from '../sandbox/types.js'
import { VERSION } from '../version.js'
import { commentOptions } from './deps.js'
import type { ActionDeps, ActionOutcome } from './deps.js'
import { budgetsFrom, checkoutPull } from './task.js'
import { agentReport } from './task-report.js'
import { sessionStore } from './session-run.js'
import { pruneSessions } from '../session/prune.js'
import type { TrustedConfig } from './trusted-config.js'
import { errorMessage } from '../common/errors.js'

interface CommandInput {
  deps: ActionDeps
  client: GitHubClient
  trigger: Trigger
  trusted: TrustedConfig
  startedAt: number
}

/** Codex's `/status` for GitHub: what would run, and one minimal model call proving the key. */
export async function runStatus(input: CommandInput): Promise<ActionOutcome> {
  const { deps, trusted } = input
  const { config } = trusted
  const policy: SandboxPolicy = {
    mode: config.sandboxMode,
    workspace: deps.settings.workingDirectory,
    writableRoots: config.sandboxWorkspaceWrite.writableRoots,
    networkAccess: config.sandboxWorkspaceWrite.networkAccess,
  }
  const status: StatusReport = {
    provider: `${config.provider.id} (${config.provider.name})`,
    model: config.model,
    baseUrlHost: new URL(config.provider.baseUrl).host,
    wireApi: config.provider.wireApi,
    sandbox: await sandboxStatus(policy),
    version: VERSION,
    check: await checkModel(input),
    sessions: await savedSessions(input),
  }
  const reply = await replyOnce(
    input.client,
    deps.env,
    input.trigger,
    renderStatus(status),
    commentOptions(deps),
  )
  const message = status.check.ok
    ? `the model answered in ${status.check.latencyMs} ms`
    : `the model check failed: ${status.check.error}`
  const report: FinalReport = {
    conclusion: status.check.ok ? 'answered' : 'failed',
    message,
    reason: status.check.ok ? undefined : message,
    durationMs: Date.now() - input.startedAt,
    turns: 1,
    usage: { inputTokens: 0, cachedInputTokens: 0, outputTokens: 0, reasoningOutputTokens: 0 },
    runUrl: runUrl(deps.env),
  }
  return { report, commentUrl: reply?.url }
}

/** The saved sessions, once those of closed PRs and issues are deleted. */
async function savedSessions(input: CommandInput): Promise<StatusReport['sessions']> {
  const { deps, trigger } = input
  try {
    return await pruneSessions(sessionStore(deps, trigger), input.client, trigger.repo, { log: deps.log })
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    deps.log(`sessions could not be listed: ${why}`)
    return why.split('\n')[0] ?? why
  }
}

async function sandboxStatus(policy: SandboxPolicy): Promise<string> {
  if (policy.mode === 'danger-full-access') return describeSandbox(policy)
  const probe = await probeSandbox({ autoFix: false })
  return probe.ok
    ? `${describeSandbox(policy)} (probe passed)`
    : `${policy.mode}: UNAVAILABLE — ${probe.cause}`
}

async function checkModel(input: CommandInput): Promise<StatusReport['check']> {
  const { config } = input.trusted
  const started = Date.now()
  try {
    const apiKey = resolveApiKey(config, input.deps.processEnv, input.deps.settings.apiKey, actionKeyFix)
    const model = createModelClient({
      provider: config.provider,
      model: config.model,
      apiKey,
      env: input.deps.processEnv,
    })
    await model.turn({
      instructions: 'Reply with the single word OK.',
      input: [{ type: 'message', role: 'user', content: 'ping' }],
      tools: [],
      signal: input.deps.signal,
    })
    return { ok: true, latencyMs: Date.now() - started }
  } catch (error) {
    return { ok: false, error: errorMessage(error) }
  }
}

/** `/codex ask`: the agent under the read-only policy, answering as a reply; nothing is pushed. */
export async function runAsk(input: CommandInput & { context: TaskContext }): Promise<ActionOutcome> {
  const { deps, trusted } = input
  if (input.context.pull) await checkoutPull(deps, input.trigger, input.context.pull)
  const parts = await actionAgentParts(deps, trusted, { sandboxMode: 'read-only' })
  try {
    const result = await runAgentWithSchema(
      {
        task: input.context.task,
        context: input.context.quoted,
        images: input.context.images,
        projectDocs: trusted.projectDocs,
        workspace: deps.settings.workingDirectory,
        ...parts,
        reasoningEffort: trusted.config.modelReasoningEffort,
        budgets: budgetsFrom(deps.settings),
        projectDocMaxBytes: trusted.config.projectDocMaxBytes,
        signal: deps.signal,
      },
      deps.settings.outputSchema,
    )
    const report = agentReport(
      deps,
      result,
      input.startedAt,
      result.status === 'completed' ? 'answered' : undefined,
    )
    const body =
      result.status === 'completed'
        ? renderAnswer(result.finalMessage, report)
        : `**codex could not answer:** ${report.reason ?? report.message}`
    const reply = await replyOnce(input.client, deps.env, input.trigger, body, commentOptions(deps))
    return { report, commentUrl: reply?.url }
  } finally {
    await parts.close?.()
  }
}
