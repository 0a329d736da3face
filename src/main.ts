// Wires the action: reads the runner's environment and inputs, runs the pipeline for the chosen
// mode, and turns its report into outputs, the step summary and the exit code. The only catch that
// calls core.setFailed; the only place (with inputs.ts) that touches @actions/core.
import * as core from '@actions/core'
import { context } from '@actions/github'
import { existsSync } from 'node:fs'
import { runPipeline } from './action/pipeline.js'
import type { ActionDeps, ActionOutcome } from './action/deps.js'
import { parseCancelledWork } from './action/cancelled-work.js'
import { publishCancelledWork } from './action/cancelled-post.js'
import { runPublishMode } from './action/publish-mode.js'
import { createGitHubClient } from './github/client.js'
import { markCancelled } from './github/comments.js'
import type { CommentRef } from './github/comments.js'
import type { RunnerEnv } from './github/types.js'
import { actionOutputs } from './report/outputs.js'
import { createRedactor, neutraliseWorkflowCommands } from './common/redact.js'
import type { Redactor } from './common/redact.js'
import { renderStepSummary } from './report/render.js'
import { InputError, readReplySettings, readRunnerEnv, readSettings } from './inputs.js'
import type { Settings } from './inputs.js'
import { replyMisconfigured } from './action/misconfigured.js'
import { secretValuesFromEnv } from './secrets.js'
import { requireGitVersion } from './git/version.js'
import { errorMessage } from './common/errors.js'

const STATE_COMMENT = 'tracking-comment'
const STATE_FINISHED = 'finished'
/** A cancelled run's changes, for post to push (action/cancelled-work.ts). */
const STATE_CANCELLED_WORK = 'cancelled-work'
/** Conclusions that fail the step (exit 1); the rest are outcomes a workflow expects. */
const FAILING = new Set(['failed', 'cancelled', 'budget-exhausted'])

export async function run(): Promise<void> {
  const cancel = new AbortController()
  const onSignal = (name: string) => () => {
    core.warning(`received ${name}: stopping the agent; this step pushes nothing from here on`)
    cancel.abort()
  }
  process.once('SIGINT', onSignal('SIGINT'))
  process.once('SIGTERM', onSignal('SIGTERM'))
  let redactor: Redactor = createRedactor(secretValuesFromEnv(process.env))
  const log = (line: string) => core.info(neutraliseWorkflowCommands(redactor.redact(line)))
  try {
    const env = readRunnerEnv()
    await requireGitVersion()
    const settings = await readSettings(env)
    redactor = createRedactor([
      settings.githubToken,
      settings.apiKey ?? '',
      ...secretValuesFromEnv(process.env),
    ])
    const deps = actionDeps(env, settings, redactor, cancel.signal)
    const outcome = settings.mode === 'publish' ? await runPublishMode(deps) : await runPipeline(deps)
    await report(outcome, redactor)
  } catch (error) {
    const message = redactor.redact(errorMessage(error))
    core.setOutput('conclusion', cancel.signal.aborted ? 'cancelled' : 'failed')
    core.setOutput('final-message', message)
    if (error instanceof InputError) {
      const url = await tellTheThread(error, redactor, log)
      if (url) core.setOutput('comment-url', url)
    }
    core.setFailed(message)
  } finally {
    core.saveState(STATE_FINISHED, 'true')
  }
}

/** What every stage is handed; the hooks write the state post.js reads. */
function actionDeps(env: RunnerEnv, settings: Settings, redactor: Redactor, signal: AbortSignal): ActionDeps {
  const log = (line: string) => core.info(neutraliseWorkflowCommands(redactor.redact(line)))
  return {
    env,
    settings,
    payload: eventPayload(env.eventPath),
    processEnv: process.env,
    redactor,
    log,
    warn: (line: string) => core.warning(redactor.redact(line)),
    logGroup: (title: string, lines: string[]) => {
      core.startGroup(neutraliseWorkflowCommands(redactor.redact(title)))
      for (const line of lines) log(line)
      core.endGroup()
    },
    signal,
    onTrackingComment: (ref) =>
      core.saveState(STATE_COMMENT, JSON.stringify({ ...ref, repo: env.repository, apiUrl: env.apiUrl })),
    onCancelledWork: (state) => core.saveState(STATE_CANCELLED_WORK, state),
  }
}

async function report(outcome: ActionOutcome, redactor: Redactor): Promise<void> {
  const outputs = actionOutputs({
    ...outcome.report,
    commentUrl: outcome.commentUrl,
    commitSha: outcome.commitSha,
  })
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, redactor.redact(value))
  if (outcome.report.conclusion !== 'skipped') {
    // Best effort: a run that already opened its PR does not fail for want of a summary file.
    try {
      await core.summary.addRaw(redactor.redact(renderStepSummary(outcome.report))).write()
    } catch (error) {
      core.warning(
        `could not write the step summary (${errorMessage(error)}); the outputs and the comment carry the report`,
      )
    }
  }
  const { conclusion, reason } = outcome.report
  if (FAILING.has(conclusion))
    core.setFailed(redactor.redact(`${conclusion}: ${reason ?? outcome.report.message}`))
  else core.info(`conclusion: ${conclusion}`)
}

/** Invalid inputs: the commenter hears that the workflow is misconfigured, and which input. */
async function tellTheThread(
  error: InputError,
  redactor: Redactor,
  log: (line: string) => void,
): Promise<string | undefined> {
  try {
    const env = readRunnerEnv()
    const payload = eventPayload(env.eventPath)
    const settings = readReplySettings()
    return await replyMisconfigured({ env, payload, settings, problems: error.problems, redactor, log })
  } catch (replyError) {
    log(`could not reply about the misconfiguration: ${errorMessage(replyError)}`)
    return undefined
  }
}

/**
 * The post step. A cancelled run that left changes: push them as a draft PR marked partial and
 * report it on the tracking comment (action/cancelled-post.ts). Otherwise, if main never finished
 * (the runner killed it after SIGINT/SIGTERM), set the tracking comment to "cancelled" so nobody
 * waits on a comment that says "working…".
 */
export async function cleanup(): Promise<void> {
  const work = core.getState(STATE_CANCELLED_WORK)
  if (work !== '') return pushCancelledWork(work)
  try {
    if (core.getState(STATE_FINISHED) === 'true') return
    const ref = savedComment()
    if (!ref) return
    const client = createGitHubClient({
      token: core.getInput('github-token'),
      apiUrl: ref.apiUrl,
      retries: 1,
    })
    await markCancelled(
      client,
      ref.repo,
      ref,
      '**Cancelled.** The run was stopped before it finished; nothing was pushed.',
    )
    core.info('post: the tracking comment now says the run was cancelled')
  } catch (error) {
    core.warning(`post: could not mark the tracking comment cancelled: ${errorMessage(error)}`)
  }
}

interface SavedComment extends CommentRef {
  repo: { owner: string; repo: string }
  apiUrl: string
}

function savedComment(): SavedComment | undefined {
  const saved = core.getState(STATE_COMMENT)
  return saved === '' ? undefined : (JSON.parse(saved) as SavedComment)
}

/** Post's push of a cancelled run's work; a failure is a warning (the session still holds it). */
async function pushCancelledWork(state: string): Promise<void> {
  let redactor: Redactor = createRedactor(secretValuesFromEnv(process.env))
  try {
    const work = parseCancelledWork(state)
    if (typeof work === 'string') throw new Error(work)
    const env = readRunnerEnv()
    const settings = await readSettings(env)
    redactor = createRedactor([
      settings.githubToken,
      settings.apiKey ?? '',
      ...secretValuesFromEnv(process.env),
    ])
    const deps = actionDeps(env, settings, redactor, new AbortController().signal)
    const report = await publishCancelledWork(deps, work, savedComment())
    const pull = report.pullRequest
    core.info(
      pull
        ? `post: the cancelled run's work is in ${pull.url}`
        : "post: the cancelled run's work was not pushed",
    )
  } catch (error) {
    core.warning(redactor.redact(`post: the cancelled run's work was not pushed: ${errorMessage(error)}`))
  }
}

/**
 * The webhook payload, as @actions/github's context read it from GITHUB_EVENT_PATH. The context
 * turns a missing file into an empty payload; here that is an error, as no trigger can be read.
 */
function eventPayload(eventPath: string): unknown {
  if (!existsSync(eventPath)) throw new Error(`GITHUB_EVENT_PATH names ${eventPath}, which does not exist`)
  return context.payload
}
