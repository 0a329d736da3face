// `mode: publish`, the second job of the two-job setup: no model key, a write token, and a bundle
// from the agent job. It re-checks who triggered, verifies the bundle, publishes it exactly as one
// job would, saves the session the agent job bundled (bundle-session.ts), and posts the report the
// read-only agent job could not.
import { createGitHubClient } from '../github/client.js'
import { replyOnce } from '../github/comments.js'
import { authorize } from '../github/gate.js'
import { fetchPullInfo, pullNumberOf } from '../github/pull-info.js'
import { renderFinal } from '../report/render.js'
import type { FinalReport } from '../report/render.js'
import { runUrl } from '../github/types.js'
import { ZERO_USAGE } from '../model/types.js'
import { publishBundle, readBundle } from '../publish/index.js'
import { checkBundledSession, saveBundledSession } from './bundle-session.js'
import { commentOptions, emptyReport, failureReport } from './deps.js'
import { explainPublishFailure } from './publish-failure.js'
import { loadTrustedConfig } from './trusted-config.js'
import { resolveTrigger } from './trigger.js'
import type { ActionDeps, ActionOutcome } from './deps.js'

export async function runPublishMode(deps: ActionDeps): Promise<ActionOutcome> {
  const startedAt = Date.now()
  const client = createGitHubClient({
    token: deps.settings.githubToken,
    apiUrl: deps.env.apiUrl,
    log: deps.log,
  })
  const trigger = await resolveTrigger(deps, client)
  if (trigger.source === 'skip')
    return { report: emptyReport(deps.env, 'skipped', trigger.reason, startedAt) }
  // The agent job checked too, but this job holds the write token: it decides for itself.
  const gate = await authorize(client, trigger, deps.settings)
  if (!gate.allowed) return { report: emptyReport(deps.env, 'refused', gate.reason, startedAt) }
  if (gate.forceReadOnly) {
    return {
      report: emptyReport(
        deps.env,
        'refused',
        'the requester may only use read-only commands; nothing is published',
        startedAt,
      ),
    }
  }

  let report: FinalReport
  let commitSha: string | undefined
  try {
    const { manifest, session } = await readBundle(deps.settings.bundlePath)
    const bundled = checkBundledSession(session, trigger, manifest)
    const pullNumber = pullNumberOf(trigger)
    const pull = pullNumber === undefined ? undefined : await fetchPullInfo(client, trigger.repo, pullNumber)
    const { config } = await loadTrustedConfig(client, deps, trigger, pull)
    const published = await publishBundle(deps.settings.bundlePath, {
      workspace: deps.env.workspace,
      env: deps.env,
      client,
      token: deps.settings.githubToken,
      trigger,
      pull,
      settings: { ...deps.settings, allowWorkflowChanges: config.github.allowWorkflowChanges },
      redact: (text: string) => deps.redactor.redact(text),
      requester: { login: trigger.actor.login },
      log: deps.log,
      signal: deps.signal,
      now: new Date(manifest.createdAt),
    })
    commitSha = published.commitSha
    const unsaved = bundled && (await saveBundledSession(deps, trigger, bundled, published))
    report = {
      conclusion: published.outcome === 'no-changes' ? 'no-changes' : 'success',
      message: manifest.agent.message,
      branch: published.branch,
      pullRequest: published.pullRequest,
      changedFiles: published.changedFiles,
      leftOut: published.leftOut,
      commands: manifest.agent.commands,
      durationMs: Date.now() - startedAt,
      turns: 0,
      usage: ZERO_USAGE,
      runUrl: runUrl(deps.env),
      warnings: unsaved ? [unsaved] : undefined,
    }
  } catch (error) {
    const { fix, pushed } = explainPublishFailure(error, deps.env)
    report = failureReport(deps, error, startedAt)
    if (fix) report = { ...report, message: fix, branch: pushed?.branch }
    commitSha = pushed?.commitSha
  }
  const reply = await replyOnce(client, deps.env, trigger, renderFinal(report), commentOptions(deps))
  return { report, commentUrl: reply?.url, commitSha }
}
