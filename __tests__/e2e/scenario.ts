// End-to-end scenarios: the local GitHub (REST checked against GitHub's OpenAPI description, git
// over smart HTTP), the scripted model, and the bundled action run as the runner runs it —
// `node dist/index.js` then `node dist/post.js` as child processes with the runner's environment.
import { afterEach, expect } from 'vitest'
import { examplePayload, payloadParts } from '../../__fixtures__/github/payloads.js'
import { prepareRunner, runAction } from '../../__fixtures__/github/runner.js'
import type { ActionRun, RunnerSandbox } from '../../__fixtures__/github/runner.js'
import { startFakeGitHub } from '../../__fixtures__/github/server.js'
import type { FakeGitHub } from '../../__fixtures__/github/server.js'
import { startFakeModel } from '../../__fixtures__/model/fake-model.js'
import { fixtureFiles } from '../../__fixtures__/workspace.js'
import type { FakeModel, RecordedRequest, ScriptedTurn } from '../../__fixtures__/model/fake-model.js'

export const REPO = 'acme/date-utils'
export const MAINTAINER = 'alice'
/** The model key the workflow passes; the tests assert it never leaks. */
export const MODEL_KEY = 'sk-proj-e2eCanaryModelKey0123456789abcdef'

export interface Scenario {
  github: FakeGitHub
  model: FakeModel
  parts: ReturnType<typeof payloadParts>
  /** Runs the action for one event; the sandbox is cleaned up with the scenario. */
  run(options: RunOptions): Promise<{ main: ActionRun; post: ActionRun; sandbox: RunnerSandbox }>
  dispose(): Promise<void>
}

export interface RunOptions {
  eventName: string
  payload: object
  inputs?: Record<string, string>
  env?: Record<string, string>
  checkoutRef?: string
  /** Cancel the main step as the runner would, once its log matches. */
  cancelWhen?: { output: RegExp; how: 'cancel' | 'kill'; killWhen?: RegExp | undefined }
  /** Variables for the main step only, set after the runner's file commands (to remove one). */
  stepEnv?: Record<string, string>
  /** Runs between the main and the post step, as a later step of the job would. */
  beforePost?: (sandbox: RunnerSandbox) => void | Promise<void>
}

export async function startScenario(options: {
  script: ScriptedTurn[] | ((request: RecordedRequest, index: number) => ScriptedTurn)
  wire?: 'responses' | 'chat'
  ghes?: boolean
  extraFiles?: Record<string, string>
  modelDown?: boolean
  /** Top-level TOML keys put first in the repository's `.codex/config.toml` (approval_policy, rules). */
  configExtra?: string
}): Promise<Scenario> {
  const model = await startFakeModel(options.script, { requireApiKey: MODEL_KEY })
  const github = await startFakeGitHub({ ghes: options.ghes ?? false })
  const baseUrl = options.modelDown ? 'http://127.0.0.1:9/v1' : model.baseUrl
  const files = {
    ...(await fixtureFiles()),
    '.codex/config.toml': (options.configExtra ?? '') + configToml(baseUrl, options.wire ?? 'responses'),
    ...options.extraFiles,
  }
  github.state.addRepo({ owner: 'acme', name: 'date-utils', files })
  github.state.addUser(MAINTAINER)
  github.state.setPermission(REPO, MAINTAINER, 'write')
  const sandboxes: RunnerSandbox[] = []
  return {
    github,
    model,
    parts: payloadParts(github),
    async run(runOptions) {
      const sandbox = await prepareRunner({
        github,
        repo: REPO,
        eventName: runOptions.eventName,
        payload: runOptions.payload,
        inputs: { 'api-key': MODEL_KEY, ...runOptions.inputs },
        env: runOptions.env,
        checkoutRef: runOptions.checkoutRef,
      })
      sandboxes.push(sandbox)
      const main = await runAction(sandbox, 'index', {
        timeoutMs: 120_000,
        cancelWhen: runOptions.cancelWhen,
        env: runOptions.stepEnv,
      })
      await runOptions.beforePost?.(sandbox)
      const post = await runAction(sandbox, 'post', { timeoutMs: 60_000 })
      return { main, post, sandbox }
    },
    async dispose() {
      for (const sandbox of sandboxes) await sandbox.cleanup()
      await github.close()
      await model.close()
    },
  }
}

export function configToml(baseUrl: string, wire: 'responses' | 'chat'): string {
  return [
    'model_provider = "scripted"',
    'model = "scripted-model"',
    '[model_providers.scripted]',
    'name = "Scripted"',
    `base_url = "${baseUrl}"`,
    `wire_api = "${wire}"`,
    'request_max_retries = 1',
    '',
  ].join('\n')
}

/** Everything the action wrote to GitHub, as one string, for leak checks. */
export function everythingWritten(github: FakeGitHub): string {
  return github.requests
    .filter((request) => request.method !== 'GET')
    .map((request) => JSON.stringify(request.body ?? ''))
    .join('\n')
}

/** Issue comments on `number`, oldest first. */
export function commentsOn(github: FakeGitHub, number: number): { body: string; user: string }[] {
  return [...github.state.comments.values()]
    .filter((comment) => comment.issueNumber === number && comment.repo.name === 'date-utils')
    .map((comment) => ({ body: comment.body, user: comment.user.login }))
}

/** The pull requests of the repository, by number. */
export function pullsOf(github: FakeGitHub) {
  const repo = github.state.repo(REPO)
  return [...repo.issues.values()]
    .filter((issue) => issue.pull !== undefined)
    .map((issue) => ({ number: issue.number, title: issue.title, body: issue.body ?? '', ...issue.pull! }))
}

/** A file's text at a ref of the remote repository, or undefined. */
export function remoteFile(github: FakeGitHub, ref: string, file: string): string | undefined {
  return github.state.repo(REPO).git.tryGit(['show', `${ref}:${file}`])
}

/** Branch names of the remote repository. */
export function remoteBranches(github: FakeGitHub): string[] {
  return github.state
    .repo(REPO)
    .git.listRefs('refs/heads/')
    .map((entry) => entry.ref.replace('refs/heads/', ''))
}

/** GitHub's example `issue_comment.created` delivery, patched to the seeded issue and comment. */
export function issueCommentPayload(
  scenario: Scenario,
  commentId: number,
  issueNumber = 1,
  user = MAINTAINER,
) {
  const { parts } = scenario
  return examplePayload('issue_comment', 'created', (p) => {
    p.issue = parts.issue(REPO, issueNumber)
    p.comment = parts.comment(commentId)
    p.sender = parts.user(user)
  })
}

/**
 * For a test file: `start` begins a scenario that is disposed after the test, which then fails if
 * anything the action sent strayed from GitHub's OpenAPI description.
 */
export function useScenarios(): { start: typeof startScenario } {
  let current: Scenario | undefined
  afterEach(async () => {
    const violations = [...(current?.github.violations ?? [])]
    await current?.dispose()
    current = undefined
    expect(violations).toEqual([])
  })
  return {
    start: async (options) => {
      current = await startScenario(options)
      return current
    },
  }
}
