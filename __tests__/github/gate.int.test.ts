import { afterEach, describe, expect, it } from 'vitest'
import { examplePayload } from '../../__fixtures__/github/payloads.js'
import { startFakeGitHub, type FakeGitHub } from '../../__fixtures__/github/server.js'
import { createGitHubClient } from '../../src/github/client.js'
import { parseTrigger } from '../../src/github/event.js'
import { authorize } from '../../src/github/gate.js'
import type { Actor, GateDecision, Trigger } from '../../src/github/types.js'
import { FULL_NAME, OWNER, REPO, runnerEnv, SETTINGS } from './env.js'

let github: FakeGitHub | undefined

afterEach(async () => {
  if (!github) return
  const violations = [...github.violations]
  await github.close()
  github = undefined
  expect(violations).toEqual([])
})

async function fakeWithTeam(options: { ghes?: boolean } = {}): Promise<FakeGitHub> {
  github = await startFakeGitHub(options)
  github.state.addRepo({ owner: OWNER, name: REPO })
  for (const [login, role] of [
    ['mia', 'maintain'],
    ['wes', 'write'],
    ['rita', 'read'],
    ['tom', 'triage'],
  ] as const) {
    github.state.setPermission(FULL_NAME, login, role)
  }
  github.state.addUser('dependabot[bot]', { type: 'Bot' })
  return github
}

/** A real `/codex` comment delivery, written by `actor`. */
function commentBy(actor: Actor): Trigger {
  const payload = examplePayload('issue_comment', 'created', (p) => {
    Object.assign(p.comment as object, {
      body: '/codex fix the typo',
      user: { login: actor.login, type: actor.type },
    })
  })
  const trigger = parseTrigger(runnerEnv('issue_comment'), payload, SETTINGS)
  if (trigger.source === 'skip') throw new Error(trigger.reason)
  return trigger
}

async function decide(fake: FakeGitHub, trigger: Trigger, allow: { users?: string[]; bots?: string[] } = {}) {
  const client = createGitHubClient({ token: fake.token, apiUrl: fake.apiUrl, retries: 0 })
  return authorize(client, trigger, { allowUsers: allow.users ?? [], allowBots: allow.bots ?? [] })
}

function permissionRequests(fake: FakeGitHub) {
  return fake.requests.filter((request) => request.operationId === 'repos/get-collaborator-permission-level')
}

describe('people', () => {
  it.each([
    ['the owner', OWNER, 'admin'],
    ['a maintainer (whom the legacy field calls "write")', 'mia', 'maintain'],
    ['a writer', 'wes', 'write'],
  ])('lets %s in', async (_name, login, permission) => {
    const fake = await fakeWithTeam()
    const decision = await decide(fake, commentBy({ login, type: 'User' }))
    expect(decision).toEqual({ allowed: true, permission, forceReadOnly: false })
    expect(permissionRequests(fake).map((request) => request.path)).toEqual([
      `/repos/${OWNER}/${REPO}/collaborators/${login}/permission`,
    ])
  })

  it.each([
    ['read', 'rita'],
    ['triage', 'tom'],
  ])('refuses someone with %s permission, saying what they have and what is needed', async (role, login) => {
    const fake = await fakeWithTeam()
    const decision = await decide(fake, commentBy({ login, type: 'User' }))
    expect(decision.allowed).toBe(false)
    const reason = (decision as Extract<GateDecision, { allowed: false }>).reason
    expect(reason).toContain(`@${login} has ${role} permission on ${FULL_NAME}`)
    expect(reason).toContain('needs write, maintain or admin')
  })

  it('refuses someone GitHub does not know (404)', async () => {
    const fake = await fakeWithTeam()
    const decision = await decide(fake, commentBy({ login: 'ghost-user', type: 'User' }))
    expect(decision).toEqual({
      allowed: false,
      reason: expect.stringContaining('@ghost-user is not a collaborator'),
    })
    expect(permissionRequests(fake).map((request) => request.status)).toEqual([404])
  })

  it('lets an allow-users login in, forced to read-only, while writers stay read-write', async () => {
    const fake = await fakeWithTeam()
    const allow = { users: ['@Rita'] }
    expect(await decide(fake, commentBy({ login: 'rita', type: 'User' }), allow)).toEqual({
      allowed: true,
      permission: 'allow-listed',
      forceReadOnly: true,
    })
    expect(await decide(fake, commentBy({ login: 'wes', type: 'User' }), allow)).toMatchObject({
      forceReadOnly: false,
    })
  })

  it('fails loudly on an API error other than 404 instead of guessing', async () => {
    const fake = await fakeWithTeam()
    const client = createGitHubClient({ token: 'ghs_wrong', apiUrl: fake.apiUrl, retries: 0 })
    const refused = authorize(client, commentBy({ login: 'wes', type: 'User' }), {
      allowUsers: ['wes'],
      allowBots: [],
    })
    await expect(refused).rejects.toMatchObject({ status: 401 })
  })
})

describe('bots', () => {
  it('refuses a bot that is not listed, without asking for its permission', async () => {
    const fake = await fakeWithTeam()
    const decision = await decide(fake, commentBy({ login: 'dependabot[bot]', type: 'Bot' }), {
      users: ['dependabot[bot]'],
    })
    expect(decision).toEqual({
      allowed: false,
      reason: '@dependabot[bot] is a bot; bots may not trigger codex-pr-action unless listed in allow-bots',
    })
    expect(permissionRequests(fake)).toEqual([])
  })

  it('lets a bot listed in allow-bots in, with or without its [bot] suffix', async () => {
    const fake = await fakeWithTeam()
    for (const listed of ['dependabot', 'dependabot[bot]']) {
      const decision = await decide(fake, commentBy({ login: 'dependabot[bot]', type: 'Bot' }), {
        bots: [listed],
      })
      expect(decision).toEqual({ allowed: true, permission: 'allow-listed', forceReadOnly: false })
    }
  })

  it('refuses a bot when allow-bots lists a different one, even one whose name starts alike', async () => {
    const fake = await fakeWithTeam()
    for (const actor of ['renovate[bot]', 'dependabot-preview[bot]']) {
      fake.state.addUser(actor, { type: 'Bot' })
      const decision = await decide(fake, commentBy({ login: actor, type: 'Bot' }), {
        bots: ['dependabot'],
      })
      expect(decision).toEqual({
        allowed: false,
        reason: `@${actor} is a bot; bots may not trigger codex-pr-action unless listed in allow-bots`,
      })
    }
    expect(permissionRequests(fake)).toEqual([])
  })
})

describe('events without a commenter', () => {
  it("checks the person who triggered a failed run, not the run's original actor", async () => {
    const fake = await fakeWithTeam()
    const payload = examplePayload('workflow_run', 'completed', (p) => {
      Object.assign(p.workflow_run as object, {
        status: 'completed',
        conclusion: 'failure',
        actor: { login: OWNER, type: 'User' },
        triggering_actor: { login: 'rita', type: 'User' },
      })
    })
    const trigger = parseTrigger(runnerEnv('workflow_run'), payload, SETTINGS)
    if (trigger.source === 'skip') throw new Error(trigger.reason)
    const decision = await decide(fake, trigger)
    expect(decision).toEqual({
      allowed: false,
      reason: expect.stringContaining('@rita (who started the failed run) has read permission'),
    })
  })

  it.each(['schedule', 'workflow_dispatch'])('needs no check for %s', async (event) => {
    const fake = await fakeWithTeam()
    const trigger = parseTrigger(runnerEnv(event), examplePayload(event, ''), {
      ...SETTINGS,
      prompt: 'Tidy up.',
    })
    if (trigger.source === 'skip') throw new Error(trigger.reason)
    expect(await decide(fake, trigger)).toEqual({
      allowed: true,
      permission: 'not-needed',
      forceReadOnly: false,
    })
    expect(fake.requests).toEqual([])
  })
})

describe('GitHub Enterprise Server', () => {
  it('checks permissions under /api/v3', async () => {
    const fake = await fakeWithTeam({ ghes: true })
    expect(fake.apiUrl).toMatch(/\/api\/v3$/)
    expect(await decide(fake, commentBy({ login: 'mia', type: 'User' }))).toMatchObject({
      allowed: true,
      permission: 'maintain',
    })
    expect(await decide(fake, commentBy({ login: 'rita', type: 'User' }))).toMatchObject({ allowed: false })
  })
})
