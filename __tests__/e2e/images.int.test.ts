// Images: an issue's screenshot reaches a vision model's request, fetched from the GitHub server
// with the token — and nothing is fetched from any other host, not even through GitHub's own
// redirect; a model without vision gets the alt text and a note. Locally, `exec -i` attaches a
// file and `view_image` lets the model look at one in the workspace, never outside it.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startFakeModel } from '../../__fixtures__/model/fake-model.js'
import { runCli } from './exec-run.js'
import { issueCommentPayload, MAINTAINER, REPO, useScenarios } from './scenario.js'
import type { Scenario } from './scenario.js'

const scenarios = useScenarios()
/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)
const PNG_URL = `data:image/png;base64,${PNG.toString('base64')}`

/** A host that is not GitHub, counting what reaches it. */
async function startOtherHost() {
  const hits: { url: string; authorization: string | undefined }[] = []
  const server = createServer((request, response) => {
    hits.push({ url: request.url ?? '', authorization: request.headers.authorization })
    response.writeHead(200, { 'content-type': 'image/png' })
    response.end(PNG)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, hits, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}
let other: Awaited<ReturnType<typeof startOtherHost>> | undefined
afterEach(async () => {
  await other?.close()
  other = undefined
})

async function askAboutScreenshot(s: Scenario, inputs: Record<string, string> = {}) {
  other = await startOtherHost()
  const screenshot = s.github.state.addAttachment(PNG)
  const bounced = s.github.state.addAttachment(PNG, { redirectTo: `${other.url}/signed.png?jwt=x` })
  s.github.state.addIssue(REPO, {
    title: 'Login page is broken',
    user: MAINTAINER,
    body: [
      'It looks like this:',
      `![login button overlaps the footer](${screenshot})`,
      `![pixel](${other.url}/pixel.png)`,
      `<img alt="bounced" src="${bounced}">`,
    ].join('\n'),
  })
  const comment = s.github.state.addComment(REPO, 1, {
    body: '/codex ask what does the screenshot show?',
    user: MAINTAINER,
  })
  return s.run({ eventName: 'issue_comment', payload: issueCommentPayload(s, comment.id), inputs })
}

function imageParts(body: unknown): string[] {
  // Responses: `{"type":"input_image","image_url":"data:…"}`; Chat: `{"image_url":{"url":"data:…"}}`.
  return [...JSON.stringify(body).matchAll(/"(?:image_url|url)":"(data:image[^"]+)"/g)].map(
    (match) => match[1]!,
  )
}

describe('images of an issue', () => {
  it('reach a vision model as input_image, fetched only from GitHub with the token', async () => {
    const scenario = await scenarios.start({ script: [{ text: 'The login button overlaps the footer.' }] })
    const { main } = await askAboutScreenshot(scenario, { model: 'gpt-4.1' })
    expect(main.outputs.conclusion).toBe('answered')
    const request = scenario.model.requests[0]!
    expect(imageParts(request.body)).toEqual([PNG_URL])
    const sent = JSON.stringify(request.body)
    expect(sent).toContain(
      'an image described as \\"login button overlaps the footer\\" (from the body of #1; attached below)',
    )
    expect(sent).toContain('is not the GitHub server; not fetched')
    // Nothing reached the other host: not the pixel, not GitHub's redirect to it.
    expect(other!.hits).toEqual([])
    const fetched = scenario.github.requests.filter((entry) => entry.operationId === 'attachment')
    expect(fetched.map((entry) => [entry.status, entry.body])).toEqual([
      [200, { withToken: true }],
      [302, { withToken: true }],
    ])
  })

  it('are described, not sent, to a model without vision', async () => {
    const scenario = await scenarios.start({ script: [{ text: 'I cannot see it.' }] })
    const { main } = await askAboutScreenshot(scenario)
    expect(main.outputs.conclusion).toBe('answered')
    const request = scenario.model.requests[0]!
    expect(imageParts(request.body)).toEqual([])
    const sent = JSON.stringify(request.body)
    expect(sent).toContain('login button overlaps the footer')
    expect(sent).toContain('The model in use cannot see images')
    expect(JSON.stringify(request.body.tools)).not.toContain('view_image')
  })
})

describe('images of a pull request and its trigger comment', () => {
  /** A PNG's signature followed by more than the 5 MB cap. */
  const HUGE = Buffer.concat([PNG.subarray(0, 16), Buffer.alloc(5 * 1024 * 1024 + 1)])

  async function askOnPull(s: Scenario, inputs: Record<string, string> = {}) {
    const shot = s.github.state.addAttachment(PNG)
    const huge = s.github.state.addAttachment(HUGE)
    const pull = s.github.state.addPull(REPO, {
      title: 'Move the login button',
      body: `Before:\n![button under the footer](${shot})`,
      head: 'login',
      user: MAINTAINER,
      files: { 'src/login.js': 'export const top = 10\n' },
    })
    const comment = s.github.state.addComment(REPO, pull.number, {
      body: `/codex ask is this better?\n![full-page capture](${huge})`,
      user: MAINTAINER,
    })
    const run = await s.run({
      eventName: 'issue_comment',
      payload: issueCommentPayload(s, comment.id),
      inputs: { model: 'gpt-4.1', ...inputs },
    })
    return { ...run, pull }
  }

  it("come from the comment and the PR's body; one over the size cap is left out, saying why", async () => {
    const scenario = await scenarios.start({ script: [{ text: 'Yes.' }] })
    const { main, pull } = await askOnPull(scenario)
    expect(main.outputs.conclusion).toBe('answered')
    const request = scenario.model.requests[0]!
    expect(imageParts(request.body)).toEqual([PNG_URL])
    const sent = JSON.stringify(request.body)
    expect(sent).toContain(
      '1. an image described as \\"full-page capture\\" (from the trigger comment; not available: larger than 5 MB)',
    )
    expect(sent).toContain(
      `2. an image described as \\"button under the footer\\" (from the body of #${pull.number}; attached below)`,
    )
  })

  it('with images: false, are never fetched: the model gets their alt text and a note', async () => {
    const scenario = await scenarios.start({ script: [{ text: 'I only have the descriptions.' }] })
    const { main, pull } = await askOnPull(scenario, { images: 'false' })
    expect(main.outputs.conclusion).toBe('answered')
    expect(scenario.github.requests.filter((entry) => entry.operationId === 'attachment')).toEqual([])
    const request = scenario.model.requests[0]!
    expect(imageParts(request.body)).toEqual([])
    const sent = JSON.stringify(request.body)
    expect(sent).toContain(
      `an image described as \\"button under the footer\\" (from the body of #${pull.number}; not available: not fetched: the workflow sets \`images: false\`)`,
    )
  })
})

describe('images in exec', () => {
  it('-i attaches a file; view_image shows a workspace image but nothing outside it or not an image', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'images-'))
    const model = await startFakeModel([
      { calls: [{ name: 'view_image', arguments: { path: 'docs/shot.png' } }] },
      { calls: [{ name: 'view_image', arguments: { path: 'docs/leak.png' } }] },
      { calls: [{ name: 'view_image', arguments: { path: 'docs/key.png' } }] },
      { text: 'Seen.' },
    ])
    try {
      const workspace = path.join(dir, 'repo')
      await mkdir(path.join(workspace, 'docs'), { recursive: true })
      await writeFile(path.join(workspace, 'docs/shot.png'), PNG)
      await writeFile(path.join(dir, 'outside.png'), PNG)
      await symlink(path.join(dir, 'outside.png'), path.join(workspace, 'docs/leak.png'))
      await writeFile(path.join(workspace, 'docs/key.png'), 'sk-secret-key-not-an-image\n')
      await writeFile(path.join(dir, 'given.png'), PNG)
      const config = path.join(dir, 'config.toml')
      await writeFile(
        config,
        `model_provider = "fake"\nmodel = "gpt-4.1"\n[model_providers.fake]\nname = "Fake"\nbase_url = "${model.baseUrl}"\nwire_api = "chat"\n`,
      )
      const run = await runCli(
        [
          'exec',
          '--skip-git-repo-check',
          '--cd',
          workspace,
          '--config-file',
          config,
          '--sandbox',
          'read-only',
          '-i',
          path.join(dir, 'given.png'),
          'look',
        ],
        { PATH: process.env.PATH, HOME: dir },
      )
      expect(run.stderr).toContain('completed')
      expect(run.code).toBe(0)
      const [first, second, third, fourth] = model.requests.map((request) => request.body)
      expect(imageParts(first)).toEqual([PNG_URL])
      expect(JSON.stringify(first)).toContain(
        'the image file given.png (from the command line; attached below)',
      )
      expect(JSON.stringify(first!.tools)).toContain('view_image')
      expect(imageParts(second)).toEqual([PNG_URL, PNG_URL])
      expect(JSON.stringify(third)).toContain('view_image: docs/leak.png is outside the workspace')
      expect(imageParts(third)).toHaveLength(2)
      expect(JSON.stringify(fourth)).toContain(
        'view_image: docs/key.png is not a PNG, JPEG, GIF or WebP image',
      )
      expect(JSON.stringify(fourth)).not.toContain('sk-secret-key')
    } finally {
      await model.close()
      await rm(dir, { recursive: true, force: true })
    }
  })
})
