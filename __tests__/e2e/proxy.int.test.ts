// A self-hosted runner behind a proxy: the bundled action, run as the runner runs it, with
// GITHUB_API_URL and the model named by hosts only the proxy can resolve. The whole task (gate,
// tracking comment, context, model turns, PR) works, and every API call and model request went
// through the proxy; nothing reached the model or GitHub by another way.
import { afterEach, describe, expect, it } from 'vitest'
import { startProxy, type FakeProxy } from '../../__fixtures__/net/proxy-server.js'
import { fixDateScenario } from '../../__fixtures__/model/scenarios.js'
import { issueCommentPayload, MAINTAINER, pullsOf, REPO, useScenarios } from './scenario.js'

const scenarios = useScenarios()
let proxy: FakeProxy | undefined
afterEach(async () => {
  await proxy?.close()
  proxy = undefined
})

describe('the action behind a proxy', () => {
  it('reaches GitHub and the model only through HTTP_PROXY and opens the PR', async () => {
    const scenario = await scenarios.start({ script: fixDateScenario() })
    const { github, model } = scenario
    proxy = await startProxy({ 'github.example': '127.0.0.1', 'model.example': '127.0.0.1' })
    github.state.addIssue(REPO, {
      title: 'formatDate is off by a month',
      body: 'Tests fail.',
      user: MAINTAINER,
    })
    const trigger = github.state.addComment(REPO, 1, {
      body: '/codex fix the failing test',
      user: MAINTAINER,
    })
    const apiUrl = `http://github.example:${new URL(github.apiUrl).port}`
    const modelUrl = `http://model.example:${new URL(model.baseUrl).port}/v1`

    const { main } = await scenario.run({
      eventName: 'issue_comment',
      payload: issueCommentPayload(scenario, trigger.id),
      env: { GITHUB_API_URL: apiUrl, HTTP_PROXY: proxy.url, NO_PROXY: '' },
      inputs: { 'base-url': modelUrl },
    })
    expect(main.stderr).toBe('')
    expect(main.exitCode).toBe(0)
    expect(main.outputs.conclusion).toBe('success')
    expect(pullsOf(github)).toHaveLength(1)

    const through = (prefix: string) => proxy!.requests.filter((request) => request.target.startsWith(prefix))
    // git's smart-HTTP requests go to GITHUB_SERVER_URL (git honours the proxy on its own).
    const apiCalls = github.requests.filter((request) => !request.path.includes('.git/'))
    expect(through(apiUrl).length).toBe(apiCalls.length)
    expect(apiCalls.length).toBeGreaterThan(5)
    expect(through(modelUrl).length).toBe(model.requests.length)
    expect(model.requests.length).toBeGreaterThan(1)
    expect(github.violations).toEqual([])
  }, 120_000)
})
