// Webhook payloads from @octokit/webhooks-examples (real deliveries GitHub sent), adapted only where
// a test needs a field to differ, plus the fake's own objects in webhook shape so a payload can
// describe exactly the issue, comment or pull request seeded in the fake.
import { createRequire } from 'node:module'
import { renderComment, renderIssue, renderRepo, renderUser } from './render.js'
import { renderPull, renderReviewComment } from './render-pulls.js'
import type { FakeGitHub } from './server.js'

export type Payload = Record<string, unknown>

interface WebhookDefinition {
  name: string
  examples: Payload[]
}

const require = createRequire(import.meta.url)
let definitions: WebhookDefinition[] | undefined

function allDefinitions(): WebhookDefinition[] {
  definitions ??= require('@octokit/webhooks-examples') as WebhookDefinition[]
  return definitions
}

/**
 * A deep copy of GitHub's example delivery for `event` with `action` (pass '' for events without
 * actions, e.g. workflow_dispatch), then `patch`ed. `schedule` has no delivery (the runner builds
 * its payload), so one is made from the workflow_dispatch example.
 */
export function examplePayload(event: string, action: string, patch?: (payload: Payload) => void): Payload {
  const payload = event === 'schedule' ? schedulePayload() : findExample(event, action)
  patch?.(payload)
  return payload
}

function findExample(event: string, action: string): Payload {
  const definition = allDefinitions().find((candidate) => candidate.name === event)
  if (!definition) throw new Error(`@octokit/webhooks-examples has no "${event}" event`)
  const example = definition.examples.find((candidate) => (candidate.action ?? '') === action)
  if (!example) {
    const actions = [...new Set(definition.examples.map((candidate) => String(candidate.action ?? '')))]
    throw new Error(`no "${event}" example with action "${action}"; it has: ${actions.join(', ')}`)
  }
  return structuredClone(example)
}

function schedulePayload(): Payload {
  const dispatch = findExample('workflow_dispatch', '')
  const { inputs: _inputs, ref: _ref, ...rest } = dispatch
  return { ...rest, schedule: '0 3 * * *', workflow: '.github/workflows/codex.yml' }
}

/** The fake's objects as webhook payload parts, so a payload agrees with the seeded state. */
export function payloadParts(github: FakeGitHub) {
  const { state } = github
  return {
    repository: (fullName: string) => renderRepo(state, state.repo(fullName)),
    user: (login: string) => renderUser(state, state.ensureUser(login)),
    issue: (fullName: string, number: number) =>
      renderIssue(state, state.issue(state.repo(fullName), number)),
    pullRequest: (fullName: string, number: number) =>
      renderPull(state, state.issue(state.repo(fullName), number)),
    comment: (id: number) => {
      const comment = state.comments.get(id)
      if (!comment) throw new Error(`fake GitHub: no issue comment ${id}`)
      return renderComment(state, comment)
    },
    reviewComment: (id: number) => {
      const comment = state.reviewComments.get(id)
      if (!comment) throw new Error(`fake GitHub: no review comment ${id}`)
      return renderReviewComment(state, comment)
    },
  }
}
