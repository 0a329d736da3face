// The environment context the model reads first: Codex's cwd, shell, current_date and timezone,
// plus the sandbox facts (mode, writable roots, network, approval policy).
import { afterEach, describe, expect, it } from 'vitest'
import { environmentContext } from '../../src/agent/prompt.js'
import { runScripted, userTextsOf } from '../helpers/agent.js'
import type { ScriptedRun } from '../helpers/agent.js'

let run: ScriptedRun | undefined
const savedTz = process.env.TZ
afterEach(async () => {
  await run?.dispose()
  run = undefined
  if (savedTz === undefined) delete process.env.TZ
  else process.env.TZ = savedTz
})

describe('environment context', () => {
  it('gives the date in the runner’s timezone, and names that timezone and the shell', () => {
    process.env.TZ = 'Asia/Tokyo'
    const policy = {
      mode: 'workspace-write' as const,
      workspace: '/w',
      writableRoots: [],
      networkAccess: false,
    }
    const text = environmentContext(policy, '/w', 'never', new Date('2026-11-30T20:00:00Z'))
    expect(text).toBe(
      [
        '<environment_context>',
        '  <cwd>/w</cwd>',
        '  <shell>bash</shell>',
        '  <current_date>2026-12-01</current_date>',
        '  <timezone>Asia/Tokyo</timezone>',
        '  <sandbox_mode>workspace-write</sandbox_mode>',
        '  <writable_roots>/w (not .git/)</writable_roots>',
        '  <network_access>restricted</network_access>',
        '  <approval_policy>never</approval_policy>',
        '</environment_context>',
      ].join('\n'),
    )
  })

  it('is the first thing the model is sent, with today’s date', async () => {
    run = await runScripted({ wire: 'responses', script: [{ text: 'Hi.' }] })
    const first = userTextsOf(run.fake.requests[0])[0] ?? ''
    const today = new Intl.DateTimeFormat('en-CA').format(new Date())
    expect(first).toContain(`<cwd>${run.workspace.dir}</cwd>`)
    expect(first).toContain(`<current_date>${today}</current_date>`)
    expect(first).toMatch(/<timezone>[\w/+:-]+<\/timezone>/)
  })
})
