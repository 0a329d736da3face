// Use cases 1 and 7: a `/codex` comment on an issue, and an issue labelled `codex`, each end in a
// draft PR that fixes the failing test — the bundled action run as the runner runs it.
import { describe, expect, it } from 'vitest'
import { examplePayload } from '../../__fixtures__/github/payloads.js'
import { fixDateScenario } from '../../__fixtures__/model/scenarios.js'
import {
  commentsOn,
  issueCommentPayload,
  MAINTAINER,
  pullsOf,
  remoteFile,
  REPO,
  useScenarios,
} from './scenario.js'
import type { Scenario } from './scenario.js'

const scenarios = useScenarios()
let scenario: Scenario | undefined

describe('use case 1: /codex on an issue', () => {
  it('opens a draft PR that fixes the test, links it from the tracking comment, and sets the outputs', async () => {
    scenario = await scenarios.start({ script: fixDateScenario() })
    const { github } = scenario
    github.state.addIssue(REPO, {
      title: 'formatDate is off by a month',
      body: 'Tests fail.',
      user: MAINTAINER,
    })
    const trigger = github.state.addComment(REPO, 1, {
      body: '/codex fix the failing test',
      user: MAINTAINER,
    })
    const payload = issueCommentPayload(scenario, trigger.id)

    const { main, post } = await scenario.run({ eventName: 'issue_comment', payload })
    expect(main.stderr).toBe('')
    expect(main.exitCode).toBe(0)
    expect(post.exitCode).toBe(0)

    const [pull] = pullsOf(github)
    expect(pull).toBeDefined()
    expect(pull!.draft).toBe(true)
    expect(pull!.baseRef).toBe('main')
    expect(pull!.headRef).toMatch(/^codex\/issue-1-\d{8}-\d{4}$/)
    expect(pull!.body).toContain('Fixes #1')
    expect(pull!.body).toContain('src/date.js')
    expect(remoteFile(github, `refs/heads/${pull!.headRef}`, 'src/date.js')).toContain('getUTCMonth() + 1')
    expect(remoteFile(github, 'refs/heads/main', 'src/date.js')).not.toContain('getUTCMonth() + 1')

    expect(main.outputs).toMatchObject({
      conclusion: 'success',
      'pull-request-number': String(pull!.number),
      'pull-request-operation': 'created',
      branch: pull!.headRef,
      'changed-files': 'src/date.js',
      turns: '5',
    })
    expect(main.outputs['pull-request-url']).toContain(`/pull/${pull!.number}`)
    expect(main.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/)

    // 👀 on the trigger, then one tracking comment that ends with the PR link.
    expect(
      github.state.reactionsOn({ kind: 'issue_comment', id: trigger.id }).map((r) => r.content),
    ).toContain('eyes')
    const bot = commentsOn(github, 1).filter((comment) => comment.user === 'github-actions[bot]')
    expect(bot).toHaveLength(1)
    expect(bot[0]!.body).toContain(`/pull/${pull!.number}`)
    expect(bot[0]!.body).toContain('actions/runs/')
    expect(main.summary).toContain(`/pull/${pull!.number}`)
  })
})

describe('use case 7: an issue labelled codex', () => {
  it('takes the issue as the task and opens a PR for it', async () => {
    scenario = await scenarios.start({ script: fixDateScenario(), wire: 'chat' })
    const { github, parts } = scenario
    const issue = github.state.addIssue(REPO, {
      title: 'Dates are a month early',
      body: 'formatDate returns 2024-00-05.',
      user: MAINTAINER,
      labels: ['codex'],
    })
    const payload = examplePayload('issues', 'labeled', (p) => {
      p.issue = parts.issue(REPO, issue.number)
      p.label = { ...(p.label as object), name: 'codex' }
      p.sender = parts.user(MAINTAINER)
    })
    const { main } = await scenario.run({ eventName: 'issues', payload })
    expect(main.exitCode).toBe(0)
    expect(main.outputs.conclusion).toBe('success')
    const [pull] = pullsOf(github)
    expect(pull!.body).toContain(`Fixes #${issue.number}`)
    // The issue title and body reached the model, as quoted data (model-text.int.test.ts checks where).
    const firstRequest = JSON.stringify(scenario.model.requests[0]!.body)
    expect(firstRequest).toContain('Dates are a month early')
    expect(firstRequest).toContain('formatDate returns 2024-00-05.')
  })
})

describe('issues assigned to the configured assignee', () => {
  it('is a task when the assignee is the one [github] assignee names, and skipped for anyone else', async () => {
    scenario = await scenarios.start({
      script: fixDateScenario(),
      configExtra: 'github = { assignee = "codex-bot" }\n',
    })
    const { github, parts } = scenario
    const issue = github.state.addIssue(REPO, { title: 'formatDate is off by a month', user: MAINTAINER })
    const assigned = (login: string) =>
      examplePayload('issues', 'assigned', (p) => {
        p.issue = parts.issue(REPO, issue.number)
        p.assignee = parts.user(login)
        p.sender = parts.user(MAINTAINER)
      })
    const other = await scenario.run({ eventName: 'issues', payload: assigned(MAINTAINER) })
    expect(other.main.outputs.conclusion).toBe('skipped')
    expect(scenario.model.requests).toHaveLength(0)

    const { main } = await scenario.run({ eventName: 'issues', payload: assigned('codex-bot') })
    expect(main.outputs.conclusion).toBe('success')
    const [pull] = pullsOf(github)
    expect(pull!.body).toContain(`Fixes #${issue.number}`)
  })
})
