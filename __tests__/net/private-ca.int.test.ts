// A model served over TLS with a certificate from a private CA (made with openssl here), trusted
// through NODE_EXTRA_CA_CERTS as on a self-hosted runner, reached directly or through an HTTPS
// proxy's CONNECT tunnel. Runs `node dist/cli.js exec` as a user does, since Node reads
// NODE_EXTRA_CA_CERTS only when a process starts. (`npm test` bundles dist/ first.)
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFakeModel, type FakeModel } from '../../__fixtures__/model/fake-model.js'
import { startProxy, type FakeProxy } from '../../__fixtures__/net/proxy-server.js'
import { makePrivateCa, type PrivateCa } from '../../__fixtures__/net/tls.js'
import { makeWorkspace, type Workspace } from '../../__fixtures__/workspace.js'
import { CLI, runProcess } from '../helpers/cli-process.js'

const PROXY_VARIABLES = ['http_proxy', 'https_proxy', 'no_proxy', 'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY']

let ca: PrivateCa
let model: FakeModel | undefined
let proxy: FakeProxy | undefined
let workspace: Workspace | undefined
beforeAll(async () => {
  ca = await makePrivateCa(['model.example'])
})
afterAll(async () => {
  await ca.cleanup()
})
afterEach(async () => {
  await Promise.all([model?.close(), proxy?.close(), workspace?.cleanup()])
  model = proxy = workspace = undefined
})

/** `exec` against the TLS model at `baseUrl`, with these variables on top of a proxy-free env. */
async function execAgainst(baseUrl: string, extraEnv: Record<string, string>) {
  workspace = await makeWorkspace()
  const config = path.join(workspace.dir, '..', 'config.toml')
  await writeFile(
    config,
    `model_provider = "corp"\nmodel = "fake-model"\n[model_providers.corp]\nname = "Corp"\nbase_url = "${baseUrl}"\nwire_api = "chat"\nrequest_max_retries = 0\n`,
  )
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv }
  for (const name of PROXY_VARIABLES) if (!(name in extraEnv)) delete env[name]
  if (!('NODE_EXTRA_CA_CERTS' in extraEnv)) delete env.NODE_EXTRA_CA_CERTS
  const args = [
    CLI,
    'exec',
    '--cd',
    workspace.dir,
    '--config-file',
    config,
    '--sandbox',
    'read-only',
    'Say hello.',
  ]
  return runProcess([process.execPath, ...args], { env })
}

describe('a model behind a private CA', () => {
  it('is trusted through NODE_EXTRA_CA_CERTS', async () => {
    model = await startFakeModel([{ text: 'Hello over TLS.' }], { tls: ca.server })
    expect(model.baseUrl).toMatch(/^https:\/\/127\.0\.0\.1:/)
    const run = await execAgainst(model.baseUrl, { NODE_EXTRA_CA_CERTS: ca.caFile })
    expect(run.stderr).not.toMatch(/certificate/i)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Hello over TLS.')
    expect(model.requests).toHaveLength(1)
  })

  it('is refused without the CA, with the certificate named as the cause', async () => {
    model = await startFakeModel([{ text: 'never sent' }], { tls: ca.server })
    const run = await execAgainst(model.baseUrl, {})
    expect(run.code).not.toBe(0)
    expect(run.stderr).toMatch(/certificate/i)
    expect(model.requests).toHaveLength(0)
  })

  it('is reached through an HTTPS proxy by a CONNECT tunnel, the CA still trusted end to end', async () => {
    model = await startFakeModel([{ text: 'Hello through the tunnel.' }], { tls: ca.server })
    proxy = await startProxy({ 'model.example': '127.0.0.1' })
    const port = new URL(model.baseUrl).port
    const run = await execAgainst(`https://model.example:${port}/v1`, {
      HTTPS_PROXY: proxy.url,
      NODE_EXTRA_CA_CERTS: ca.caFile,
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Hello through the tunnel.')
    expect(proxy.requests).toEqual([{ method: 'CONNECT', target: `model.example:${port}` }])
    expect(model.requests).toHaveLength(1)
  })
})
