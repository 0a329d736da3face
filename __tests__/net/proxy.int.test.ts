// A runner that reaches the internet only through a proxy: the model, MCP HTTP servers and the
// GitHub API go through HTTP_PROXY / HTTPS_PROXY (a real forward proxy on loopback), NO_PROXY
// hosts and loopback are reached directly. The hosts are named `*.example`, which only the proxy
// can resolve, so a request that skipped the proxy could not succeed.
import { afterEach, describe, expect, it } from 'vitest'
import { startProxy, type FakeProxy } from '../../__fixtures__/net/proxy-server.js'
import { startFakeGitHub, type FakeGitHub } from '../../__fixtures__/github/server.js'
import { startFakeModel, type FakeModel } from '../../__fixtures__/model/fake-model.js'
import { startHttpMcpServer, type HttpMcpServer } from '../../__fixtures__/mcp/http-server.js'
import { createGitHubClient } from '../../src/github/client.js'
import { proxySettings } from '../../src/net/proxy.js'
import { testClient, userTurn } from '../model/provider.js'
import { sessionHarness, stdioServer, type SessionHarness } from '../tools/mcp/helpers.js'

let proxy: FakeProxy | undefined
let model: FakeModel | undefined
let github: FakeGitHub | undefined
let mcp: HttpMcpServer | undefined
let harness: SessionHarness | undefined
afterEach(async () => {
  await harness?.cleanup()
  await Promise.all([proxy?.close(), model?.close(), github?.close(), mcp?.close()])
  proxy = model = github = mcp = harness = undefined
})

/** The port of a loopback URL, to be reached as `name:port` through the proxy. */
const portOf = (url: string): string => new URL(url).port
/** The proxy's view of the world: every `*.example` name is this machine. */
const startExampleProxy = () =>
  startProxy({ 'model.example': '127.0.0.1', 'github.example': '127.0.0.1', 'mcp.example': '127.0.0.1' })

describe('the model client behind a proxy', () => {
  it('sends the request through HTTP_PROXY when the model is out there', async () => {
    model = await startFakeModel([{ text: 'Reached through the proxy.' }])
    proxy = await startExampleProxy()
    const baseUrl = `http://model.example:${portOf(model.baseUrl)}/v1`
    const client = testClient(baseUrl, 'chat', { env: { HTTP_PROXY: proxy.url } })
    const response = await client.turn(userTurn('hello'))
    expect(response.items).toEqual([
      { type: 'message', role: 'assistant', content: 'Reached through the proxy.' },
    ])
    expect(proxy.requests).toEqual([{ method: 'POST', target: `${baseUrl}/chat/completions` }])
    expect(model.requests).toHaveLength(1)
  })

  it('goes directly to a NO_PROXY host, not through the proxy', async () => {
    model = await startFakeModel([{ text: 'unreachable' }])
    proxy = await startExampleProxy()
    const baseUrl = `http://model.example:${portOf(model.baseUrl)}/v1`
    const env = { HTTP_PROXY: proxy.url, NO_PROXY: 'internal.example,model.example' }
    const client = testClient(baseUrl, 'chat', { env, provider: { requestMaxRetries: 0 } })
    // Directly, model.example does not resolve: the failure itself shows the proxy was skipped.
    await expect(client.turn(userTurn('hello'))).rejects.toMatchObject({ kind: 'network' })
    expect(proxy.requests).toEqual([])
  })

  it('reaches a model on loopback directly even with a proxy set', async () => {
    model = await startFakeModel([{ text: 'Local model.' }])
    proxy = await startExampleProxy()
    const client = testClient(model.baseUrl, 'responses', {
      env: { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url },
    })
    const response = await client.turn(userTurn('hello'))
    expect(response.items).toEqual([{ type: 'message', role: 'assistant', content: 'Local model.' }])
    expect(proxy.requests).toEqual([])
  })
})

describe('the GitHub client behind a proxy', () => {
  it('sends API calls through the proxy, every page of a listing included, and honours NO_PROXY', async () => {
    github = await startFakeGitHub()
    github.state.addRepo({ owner: 'acme', name: 'widget', files: { 'README.md': '# widget\n' } })
    github.state.addIssue('acme/widget', { title: 'Long thread', body: 'Body' })
    for (let i = 1; i <= 120; i += 1)
      github.state.addComment('acme/widget', 1, { body: `note ${i}`, user: 'bob' })
    proxy = await startExampleProxy()
    const apiUrl = `http://github.example:${portOf(github.apiUrl)}`
    const client = createGitHubClient({
      token: github.token,
      apiUrl,
      env: { HTTP_PROXY: proxy.url },
      retries: 0,
    })
    const comments = await client.paginate(client.rest.issues.listComments, {
      owner: 'acme',
      repo: 'widget',
      issue_number: 1,
      per_page: 100,
    })
    expect(comments).toHaveLength(120)
    expect(proxy.requests.map((request) => request.method)).toEqual(['GET', 'GET'])
    expect(proxy.requests[0]?.target).toBe(`${apiUrl}/repos/acme/widget/issues/1/comments?per_page=100`)
    expect(github.violations).toEqual([])

    const bypassing = createGitHubClient({
      token: github.token,
      apiUrl,
      env: { HTTP_PROXY: proxy.url, no_proxy: '.example' },
      retries: 0,
    })
    await expect(bypassing.rest.repos.get({ owner: 'acme', repo: 'widget' })).rejects.toThrow(
      /github\.example|fetch failed/,
    )
    expect(proxy.requests).toHaveLength(2)
  })
})

describe('MCP HTTP servers behind a proxy', () => {
  it('opens the session and calls tools through the proxy', async () => {
    mcp = await startHttpMcpServer()
    proxy = await startExampleProxy()
    harness = sessionHarness()
    const url = `http://mcp.example:${portOf(mcp.url)}${new URL(mcp.url).pathname}`
    const server = { ...stdioServer('remote'), command: undefined, args: [], url }
    const { tools } = await harness.start([server], { env: { ...process.env, HTTP_PROXY: proxy.url } })
    expect((await harness.call(tools, 'mcp__remote__echo', { text: 'via proxy' })).output).toBe(
      'echo: via proxy',
    )
    expect(proxy.requests.length).toBeGreaterThan(0)
    expect(proxy.requests.every((request) => request.target.startsWith('http://mcp.example:'))).toBe(true)
  })
})

describe('proxy settings', () => {
  it('reads lower-case names first, HTTPS falls back to HTTP', () => {
    expect(proxySettings({ http_proxy: 'http://a:1', HTTP_PROXY: 'http://b:2', NO_PROXY: 'x' })).toEqual({
      httpProxy: 'http://a:1',
      httpsProxy: 'http://a:1',
      noProxy: 'x',
    })
    expect(proxySettings({ HTTPS_PROXY: 'http://s:3', HTTP_PROXY: '' })).toEqual({
      httpProxy: undefined,
      httpsProxy: 'http://s:3',
      noProxy: '',
    })
  })
})
