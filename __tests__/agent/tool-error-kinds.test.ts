// Every way a tool call can go wrong is reported with its own error kind, through the path the loop
// uses (runToolCall): the run's tally and the report read these kinds, so a kind misreported —
// a timeout called a failure, a sandbox failure called the command's — fails here.
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runToolCall } from '../../src/agent/tool-calls.js'
import type { ToolCall } from '../../src/agent/tool-calls.js'
import type { ApprovalPolicy, CommandRule } from '../../src/config/types.js'
import type { PendingApproval } from '../../src/sandbox/rules.js'
import { ExecSessions } from '../../src/tools/exec-sessions.js'
import { builtinTools, ToolRegistry } from '../../src/tools/registry.js'
import type { Tool, ToolContext } from '../../src/tools/types.js'
import { FakeRunner } from '../helpers/fake-runner.js'
import type { ScriptedCommand } from '../helpers/fake-runner.js'

let workspace: string
beforeAll(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'tool-errors-'))
})
afterAll(() => rm(workspace, { recursive: true, force: true }))

const throwingTool: Tool = {
  spec: { name: 'explode', description: 'throws', parameters: { type: 'object' } },
  parse: () => ({ ok: true, args: {} }),
  run: () => Promise.reject(new Error('a bug in the tool')),
}

interface Setup {
  script?: ScriptedCommand[]
  rules?: CommandRule[]
  policy?: ApprovalPolicy
  sessions?: ExecSessions
}

async function call(name: string, args: unknown, setup: Setup = {}) {
  const runner = new FakeRunner(workspace, setup.script)
  const pending: PendingApproval[] = []
  // The registry accepts every built-in shape (exec_command, write_stdin) whatever it offers.
  const registry = new ToolRegistry([...builtinTools(), throwingTool])
  const context: ToolContext = {
    workspace,
    policy: runner.policy,
    runner,
    signal: new AbortController().signal,
    defaultTimeoutMs: 5_000,
    maxTimeoutMs: 10_000,
    emit: () => undefined,
    itemId: 'item_1',
    sessions: setup.sessions,
    approvals: setup.rules
      ? {
          rules: setup.rules,
          policy: setup.policy ?? 'never',
          approvedOnce: [],
          requestApproval: (entry) => pending.push(entry),
        }
      : undefined,
  }
  const toolCall: ToolCall = {
    type: 'function_call',
    callId: 'call_1',
    name,
    arguments: typeof args === 'string' ? args : JSON.stringify(args),
  }
  const outcome = await runToolCall(toolCall, registry, context)
  return { result: outcome.result, runner, pending }
}

const echo = { command: ['echo', 'hi'] }

describe('tool error kinds', () => {
  it('a command that exits 0 has no error, and its item is completed', async () => {
    const { result } = await call('shell', echo, { script: [{ output: 'hi\n' }] })
    expect(result.error).toBeUndefined()
    expect(result.item).toMatchObject({ type: 'command_execution', status: 'completed', exit_code: 0 })
  })

  it.each([
    ['failed', { exitCode: 2, output: 'no such file' }],
    ['timeout', { exitCode: null, timedOut: true }],
    ['sandbox-failure', { exitCode: null, sandboxError: 'bwrap: setting up uid map: Permission denied' }],
    // The sandbox's own failure wins: the command never really ran, whatever the exit says.
    ['sandbox-failure', { exitCode: 1, timedOut: true, sandboxError: 'bwrap: no user namespaces' }],
  ] as const)('shell: %s', async (kind, answer) => {
    const { result } = await call('shell', echo, { script: [answer] })
    expect(result.error).toBe(kind)
    expect(result.item).toMatchObject({ status: 'failed' })
  })

  it.each([
    ['failed', { exitCode: 1 }],
    ['timeout', { exitCode: null, timedOut: true }],
    ['sandbox-failure', { exitCode: null, sandboxError: 'bwrap: no user namespaces' }],
  ] as const)('exec_command: %s', async (kind, answer) => {
    const { result } = await call('exec_command', { cmd: 'make test' }, { script: [answer] })
    expect(result.error).toBe(kind)
  })

  it('an unknown tool is unknown-tool', async () => {
    const { result } = await call('run_terminal', echo)
    expect(result.error).toBe('unknown-tool')
    expect(result.output).toMatch(/^Unknown tool "run_terminal"/)
  })

  it('arguments that do not parse, a missing workdir and an unknown session are invalid-arguments', async () => {
    const { result: notJson, runner } = await call('shell', 'ls -la')
    expect(notJson.error).toBe('invalid-arguments')
    const { result: noFolder } = await call('shell', { ...echo, workdir: 'does/not/exist' })
    expect(noFolder.error).toBe('invalid-arguments')
    const { result: noSession } = await call(
      'write_stdin',
      { session_id: 4242, chars: 'y\n' },
      { sessions: new ExecSessions() },
    )
    expect(noSession.error).toBe('invalid-arguments')
    expect(runner.requests).toEqual([])
  })

  it('a forbidden command, and one needing approval under "never", are refused without running', async () => {
    const rules: CommandRule[] = [
      { prefix: ['rm'], decision: 'forbidden', justification: 'no deletions' },
      { prefix: ['npm', 'publish'], decision: 'escalate' },
    ]
    const forbidden = await call('shell', { command: ['rm', '-rf', '.'] }, { rules })
    expect(forbidden.result.error).toBe('refused')
    expect(forbidden.result.item).toMatchObject({ status: 'declined' })
    const never = await call('shell', { command: ['npm', 'publish'] }, { rules, policy: 'never' })
    expect(never.result.error).toBe('refused')
    expect([...forbidden.runner.requests, ...never.runner.requests]).toEqual([])
  })

  it('a command waiting for a person is awaiting-approval, not refused', async () => {
    const rules: CommandRule[] = [{ prefix: ['npm', 'publish'], decision: 'escalate' }]
    const { result, pending, runner } = await call(
      'shell',
      { command: ['npm', 'publish'] },
      { rules, policy: 'on-request' },
    )
    expect(result.error).toBe('awaiting-approval')
    expect(pending.map((entry) => entry.command)).toEqual([['npm', 'publish']])
    expect(runner.requests).toEqual([])
  })

  it('a tool that throws is internal-error, told to the model as text', async () => {
    const { result } = await call('explode', {})
    expect(result.error).toBe('internal-error')
    expect(result.output).toBe('explode failed: a bug in the tool')
  })
})
