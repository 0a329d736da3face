// The probe before the first model call: real bubblewrap passes; a missing or broken bwrap fails
// closed with the cause and both ways out, before anything runs.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_SHELL_ENV_POLICY } from '../../src/sandbox/env.js'
import { SandboxUnavailableError, createCommandRunner, probeSandbox } from '../../src/sandbox/index.js'
import type { SandboxPolicy } from '../../src/sandbox/types.js'

let workspace: string
let brokenBwrap: string

beforeAll(() => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'codex-sandbox-probe-'))
  // What a runner with user namespaces blocked answers, without the block.
  brokenBwrap = path.join(workspace, 'bwrap')
  fs.writeFileSync(
    brokenBwrap,
    '#!/bin/sh\necho "bwrap: setting up uid map: Permission denied" >&2\nexit 1\n',
    { mode: 0o755 },
  )
})
afterAll(() => fs.rmSync(workspace, { recursive: true, force: true }))

const policy = (): SandboxPolicy => ({
  mode: 'workspace-write',
  workspace,
  writableRoots: [],
  networkAccess: false,
})

describe('probeSandbox', () => {
  it('finds the installed bwrap and runs a sandboxed `true`', async () => {
    const result = await probeSandbox({})
    expect(result.ok).toBe(true)
  })

  it('names the missing bwrap', async () => {
    const result = await probeSandbox({ bwrapPath: '/nonexistent/bwrap' })
    expect(result).toEqual({ ok: false, cause: expect.stringContaining('/nonexistent/bwrap'), fix: [] })
  })
})

describe('createCommandRunner fails closed', () => {
  it.each(['read-only', 'workspace-write'] as const)('under %s, with a missing bwrap', async (mode) => {
    const lines: string[] = []
    const creating = createCommandRunner({
      policy: { ...policy(), mode },
      envPolicy: DEFAULT_SHELL_ENV_POLICY,
      bwrapPath: '/nonexistent/bwrap',
      autoFix: false,
      log: (line) => lines.push(line),
    })
    const error = await creating.then(
      () => new Error('the runner was created'),
      (caught: unknown) => caught as Error,
    )
    expect(error).toBeInstanceOf(SandboxUnavailableError)
    expect(error.message).toContain('bubblewrap (bwrap) was not found at /nonexistent/bwrap')
    expect(error.message).toContain('fix the runner')
    expect(error.message).toContain('`sandbox: danger-full-access` knowingly')
    expect(lines.join('\n')).toContain('/nonexistent/bwrap')
  })

  it('with a bwrap that cannot build the sandbox, quoting what it said', async () => {
    const creating = createCommandRunner({
      policy: policy(),
      envPolicy: DEFAULT_SHELL_ENV_POLICY,
      bwrapPath: brokenBwrap,
      autoFix: false,
    })
    const error = await creating.catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(SandboxUnavailableError)
    expect((error as Error).message).toContain('setting up uid map: Permission denied')
    expect((error as Error).message).toContain('danger-full-access')
  })
})
