// Issue 12 item 3: on a fork's pull request the action works only on the head the maintainer could
// have seen when asking, and never pushes a fork's workflow files into this repository.
import { describe, expect, it } from 'vitest'
import { examplePayload } from '../../__fixtures__/github/payloads.js'
import { fixDateScenario } from '../../__fixtures__/model/scenarios.js'
import { commentsOn, MAINTAINER, pullsOf, remoteBranches, REPO, useScenarios } from './scenario.js'
import type { Scenario } from './scenario.js'

const scenarios = useScenarios()
const FORK = 'mallory/date-utils'
const EVIL_WORKFLOW = 'on: push\njobs:\n  steal:\n    runs-on: ubuntu-latest\n    steps:\n      - run: env\n'

function forkPull(s: Scenario, files: Record<string, string>) {
  s.github.state.addFork(REPO, 'mallory')
  return s.github.state.addPull(REPO, {
    title: 'Better notes',
    head: 'mallory:patch-1',
    user: 'mallory',
    files,
  })
}

/** GitHub's timestamps: whole seconds, UTC. */
function secondsAgo(seconds: number): string {
  return new Date(Date.now() - seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function commentPayload(s: Scenario, number: number, commentId: number) {
  return examplePayload('issue_comment', 'created', (p) => {
    p.issue = s.parts.issue(REPO, number)
    p.comment = s.parts.comment(commentId)
    p.sender = s.parts.user(MAINTAINER)
  })
}

/** The fork's author pushes a workflow and a change after the maintainer asked. */
function pushAfterwards(s: Scenario): string {
  return s.github.state.commitToBranch(
    FORK,
    'patch-1',
    { '.github/workflows/evil.yml': EVIL_WORKFLOW, 'src/date.js': 'export const x = 1\n' },
    'Sneaky follow-up',
  )
}

/** No branch of this repository holds the commit, and no model call was made. */
function expectUntouched(s: Scenario, sneaky: string, branchesBefore: string[]) {
  expect(s.model.requests).toHaveLength(0)
  expect(remoteBranches(s.github).sort()).toEqual(branchesBefore.sort())
  const repo = s.github.state.repo(REPO)
  for (const branch of remoteBranches(s.github)) {
    expect(repo.git.isAncestor(sneaky, `refs/heads/${branch}`)).toBe(false)
  }
  expect(pullsOf(s.github)).toHaveLength(1)
}

describe("a fork's PR whose head moves after the maintainer asked", () => {
  it('refuses an issue comment, replying why and to comment again; nothing runs or is pushed', async () => {
    const scenario = await scenarios.start({ script: fixDateScenario() })
    const pull = forkPull(scenario, { 'NOTES.md': 'notes\n' })
    const comment = scenario.github.state.addComment(REPO, pull.number, {
      body: '/codex fix the failing date test',
      user: MAINTAINER,
      createdAt: secondsAgo(60),
    })
    const payload = commentPayload(scenario, pull.number, comment.id)
    const branches = remoteBranches(scenario.github)
    const sneaky = pushAfterwards(scenario)

    const { main } = await scenario.run({ eventName: 'issue_comment', payload })
    expect(main.exitCode).toBe(0)
    expect(main.outputs.conclusion).toBe('refused')
    const replies = commentsOn(scenario.github, pull.number).filter((c) => c.user === 'github-actions[bot]')
    expect(replies).toHaveLength(1)
    expect(replies[0]!.body).toContain(`comes from the fork ${FORK}`)
    expect(replies[0]!.body).toContain('comment again')
    expect(replies[0]!.body).not.toContain('Working')
    expectUntouched(scenario, sneaky, branches)
  }, 180_000)

  it("refuses a review whose commit is no longer the head (GitHub's recorded head, not commit dates)", async () => {
    const scenario = await scenarios.start({ script: fixDateScenario() })
    const pull = forkPull(scenario, { 'NOTES.md': 'notes\n' })
    const review = scenario.github.state.addReview(REPO, pull.number, {
      body: '/codex fix the failing date test',
      user: MAINTAINER,
    })
    const payload = examplePayload('pull_request_review', 'submitted', (p) => {
      p.pull_request = scenario.parts.pullRequest(REPO, pull.number)
      p.review = {
        ...(p.review as Record<string, unknown>),
        id: review.id,
        body: review.body,
        commit_id: review.commitId,
        submitted_at: review.submittedAt,
        user: scenario.parts.user(MAINTAINER),
      }
      p.sender = scenario.parts.user(MAINTAINER)
    })
    const branches = remoteBranches(scenario.github)
    const sneaky = pushAfterwards(scenario)

    const { main } = await scenario.run({ eventName: 'pull_request_review', payload })
    expect(main.outputs.conclusion).toBe('refused')
    expect(main.stdout).toContain(`moved from ${review.commitId.slice(0, 7)}, the commit your review was on`)
    expectUntouched(scenario, sneaky, branches)
  }, 180_000)
})

describe("a fork's PR that did not move", () => {
  it('gets a follow-up PR of its own when its commits leave workflows alone', async () => {
    const scenario = await scenarios.start({ script: fixDateScenario() })
    const pull = forkPull(scenario, { 'NOTES.md': 'notes\n' })
    const comment = scenario.github.state.addComment(REPO, pull.number, {
      body: '/codex fix the failing date test',
      user: MAINTAINER,
    })
    const { main } = await scenario.run({
      eventName: 'issue_comment',
      payload: commentPayload(scenario, pull.number, comment.id),
    })
    expect(main.outputs.conclusion).toBe('success')
    expect(main.outputs.branch).toMatch(new RegExp(`^codex/pr-${pull.number}-`))
    expect(pullsOf(scenario.github)).toHaveLength(2)
  }, 180_000)

  it("never pushes the fork's workflow file: the publish stops, naming it", async () => {
    const scenario = await scenarios.start({ script: fixDateScenario() })
    const pull = forkPull(scenario, { '.github/workflows/evil.yml': EVIL_WORKFLOW })
    // A token that may push workflows (a PAT): GitHub itself would let the file through.
    scenario.github.state.grantWorkflowsPermission(REPO)
    const comment = scenario.github.state.addComment(REPO, pull.number, {
      body: '/codex fix the failing date test',
      user: MAINTAINER,
    })
    const branches = remoteBranches(scenario.github)
    const { main } = await scenario.run({
      eventName: 'issue_comment',
      payload: commentPayload(scenario, pull.number, comment.id),
    })
    expect(main.outputs.conclusion).toBe('failed')
    const report = commentsOn(scenario.github, pull.number).find((c) => c.user === 'github-actions[bot]')
    expect(report!.body).toContain('.github/workflows/evil.yml')
    expect(report!.body).toContain("never pushes a fork's workflow files")
    expect(remoteBranches(scenario.github).sort()).toEqual(branches.sort())
    expect(pullsOf(scenario.github)).toHaveLength(1)
  }, 180_000)
})
