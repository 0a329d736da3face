// Command rules and approvals through the real loop: the scripted model, the real adapter, the real
// bubblewrap sandbox, and a loopback server that records whether a command reached the network.
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { runAgent } from '../../src/agent/loop.js'
import type { AgentResult } from '../../src/agent/loop.js'
import type { ApprovalPolicy, CommandRule } from '../../src/config/types.js'
import { createModelClient } from '../../src/model/openai.js'
import { DEFAULT_SHELL_ENV_POLICY } from '../../src/sandbox/env.js'
import { createCommandRunner } from '../../src/sandbox/index.js'
import { ToolRegistry, builtinTools } from '../../src/tools/registry.js'
import { startFakeModel } from '../../__fixtures__/model/fake-model.js'
import type { FakeModel, ScriptedTurn } from '../../__fixtures__/model/fake-model.js'
import { makeWorkspace } from '../../__fixtures__/workspace.js'
import type { Workspace } from '../../__fixtures__/workspace.js'
import { fakeProvider, toolOutputsOf } from '../helpers/agent.js'

let server: http.Server
let url: string
const hits: string[] = []

beforeAll(async () => {
  server = http.createServer((request, response) => {
    hits.push(request.url ?? '')
    response.end('pong')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
  hits.length = 0
})

interface RuleRun {
  result: AgentResult
  fake: FakeModel
  workspace: Workspace
}

async function runWithRules(options: {
  script: ScriptedTurn[]
  rules: CommandRule[]
  approvalPolicy?: ApprovalPolicy
  approvedCommands?: string[][]
  networkAccess?: boolean
  prepare?: (dir: string) => Promise<void>
}): Promise<RuleRun> {
  const fake = await startFakeModel(options.script)
  const workspace = await makeWorkspace()
  cleanups.push(async () => {
    await fake.close()
    await workspace.cleanup()
  })
  await options.prepare?.(workspace.dir)
  const policy = {
    mode: 'workspace-write' as const,
    workspace: workspace.dir,
    writableRoots: [],
    networkAccess: options.networkAccess ?? false,
  }
  const runner = await createCommandRunner({ policy, envPolicy: DEFAULT_SHELL_ENV_POLICY, autoFix: false })
  const result = await runAgent({
    task: 'Do the task.',
    workspace: workspace.dir,
    model: createModelClient({
      provider: fakeProvider(fake.baseUrl, 'responses'),
      model: 'fake',
      apiKey: undefined,
    }),
    registry: new ToolRegistry(builtinTools()),
    runner,
    budgets: { maxTurns: 10, timeoutMs: 60_000 },
    projectDocMaxBytes: 32 * 1024,
    rules: options.rules,
    approvalPolicy: options.approvalPolicy,
    approvedCommands: options.approvedCommands,
  })
  return { result, fake, workspace }
}

const shell = (command: string[], extra: Record<string, unknown> = {}): ScriptedTurn => ({
  calls: [{ name: 'shell', arguments: { command, timeout_ms: 20_000, ...extra } }],
})

const CURL_FORBIDDEN: CommandRule = {
  prefix: ['curl'],
  decision: 'forbidden',
  justification: 'downloads go through the package manager only',
}

describe('a forbidden command', () => {
  it('never runs, even with network on, and the next turn tells the model the rule and why', async () => {
    const command = ['bash', '-lc', `touch ran.txt && curl -s ${url}/leak`]
    const { result, fake, workspace } = await runWithRules({
      script: [shell(command), { text: 'I will not download it.' }],
      rules: [CURL_FORBIDDEN],
      networkAccess: true,
    })
    expect(result.status).toBe('completed')
    expect(hits).toEqual([])
    expect(existsSync(path.join(workspace.dir, 'ran.txt'))).toBe(false)
    const seen = toolOutputsOf(fake.requests[1]).join('\n')
    expect(seen).toBe(
      'Command refused by rule [curl]: downloads go through the package manager only. Find another way.',
    )
    expect(result.commands).toEqual([expect.objectContaining({ status: 'declined', exitCode: null })])
  })
})

describe('exec_command goes through the same rules', () => {
  it('refuses a forbidden script and an unapproved escalation, running neither', async () => {
    const exec = (args: Record<string, unknown>) => ({
      name: 'exec_command',
      arguments: { login: false, ...args },
    })
    const { result, fake, workspace } = await runWithRules({
      script: [
        {
          calls: [
            exec({ cmd: `touch ran.txt && curl -s ${url}/leak` }),
            exec({
              cmd: 'touch escalated.txt',
              sandbox_permissions: 'require_escalated',
              justification: 'why not',
            }),
          ],
        },
        { text: 'Both refused.' },
      ],
      rules: [CURL_FORBIDDEN],
      networkAccess: true,
    })
    expect(result.status).toBe('completed')
    expect(hits).toEqual([])
    expect(existsSync(path.join(workspace.dir, 'ran.txt'))).toBe(false)
    expect(existsSync(path.join(workspace.dir, 'escalated.txt'))).toBe(false)
    const [forbidden, escalated] = toolOutputsOf(fake.requests[1])
    expect(forbidden).toBe(
      'Command refused by rule [curl]: downloads go through the package manager only. Find another way.',
    )
    expect(escalated).toMatch(/^Command not run: it needs approval .*"never"/)
  })
})

describe('an allowed command with network = true', () => {
  it('reaches the network, while the next command does not', async () => {
    const fetchScript = `const r = await fetch(${JSON.stringify(url)} + '/' + process.argv[2]); console.log('status', r.status)\n`
    const { result, fake } = await runWithRules({
      script: [
        shell(['node', 'fetch.mjs', 'install']),
        shell(['node', 'fetch.mjs', 'other']),
        { text: 'done' },
      ],
      rules: [{ prefix: ['node', 'fetch.mjs', 'install'], decision: 'allow', network: true }],
      prepare: (dir) => writeFile(path.join(dir, 'fetch.mjs'), fetchScript),
    })
    expect(result.status).toBe('completed')
    expect(hits).toEqual(['/install'])
    expect(toolOutputsOf(fake.requests[1]).at(-1)).toContain('status 200')
    const second = toolOutputsOf(fake.requests[2]).at(-1) ?? ''
    expect(second).not.toContain('status 200')
    expect(second).toContain('network access is off')
    expect(result.commands.map((command) => command.exitCode === 0)).toEqual([true, false])
  })
})

const PUBLISH_ESCALATES: CommandRule = {
  prefix: ['npm', 'publish'],
  decision: 'escalate',
  justification: 'publishing a package needs a person',
}
const PUBLISH = ['bash', '-lc', 'touch published.txt && npm publish']

describe('a command that needs approval', () => {
  it('with approval_policy = "on-request", ends the run awaiting approval without running it', async () => {
    const { result, fake, workspace } = await runWithRules({
      script: [
        {
          calls: [
            { name: 'shell', arguments: { command: PUBLISH } },
            { name: 'shell', arguments: { command: ['touch', 'after.txt'] } },
          ],
        },
        { text: 'should never be asked' },
      ],
      rules: [PUBLISH_ESCALATES],
      approvalPolicy: 'on-request',
    })
    expect(result.status).toBe('awaiting-approval')
    expect(result.pendingApprovals).toEqual([
      {
        command: PUBLISH,
        justification: 'publishing a package needs a person',
        reason: 'rule [npm publish]: publishing a package needs a person',
      },
    ])
    expect(result.finalMessage).toContain('touch published.txt && npm publish')
    expect(fake.requests).toHaveLength(1)
    // The model was told the policy it works under.
    expect(JSON.stringify(fake.requests[0]!.body)).toContain('<approval_policy>on-request</approval_policy>')
    expect(existsSync(path.join(workspace.dir, 'published.txt'))).toBe(false)
    // The rest of the turn waits too: it may depend on the command awaiting approval.
    expect(existsSync(path.join(workspace.dir, 'after.txt'))).toBe(false)
  })

  it('with approval_policy = "never", is refused and the model is told to find another way', async () => {
    const { result, fake, workspace } = await runWithRules({
      script: [shell(PUBLISH), { text: 'skipped publishing' }],
      rules: [PUBLISH_ESCALATES],
    })
    expect(result.status).toBe('completed')
    expect(result.pendingApprovals).toEqual([])
    expect(existsSync(path.join(workspace.dir, 'published.txt'))).toBe(false)
    expect(toolOutputsOf(fake.requests[1]).at(-1)).toMatch(/needs approval .*"never".*Find another way/)
  })

  it('when the model asks for escalated permissions, records its justification', async () => {
    const command = ['node', 'fetch.mjs']
    const { result } = await runWithRules({
      script: [shell(command, { with_escalated_permissions: true, justification: 'download the fixtures' })],
      rules: [CURL_FORBIDDEN],
      approvalPolicy: 'on-request',
    })
    expect(result.status).toBe('awaiting-approval')
    expect(result.pendingApprovals).toEqual([
      {
        command,
        justification: 'download the fixtures',
        reason: expect.stringMatching(/escalated permissions/),
      },
    ])
  })

  it('runs once when approved, with network, and needs approval again after that', async () => {
    const fetchScript = `const r = await fetch(${JSON.stringify(url)} + '/approved'); console.log('status', r.status)\n`
    const approved = ['node', 'fetch.mjs']
    const { result, fake } = await runWithRules({
      script: [
        shell(approved, { with_escalated_permissions: true }),
        shell(approved, { with_escalated_permissions: true }),
      ],
      rules: [],
      approvalPolicy: 'on-request',
      approvedCommands: [approved],
      prepare: (dir) => writeFile(path.join(dir, 'fetch.mjs'), fetchScript),
    })
    expect(hits).toEqual(['/approved'])
    expect(toolOutputsOf(fake.requests[1]).at(-1)).toContain('status 200')
    expect(result.status).toBe('awaiting-approval')
    expect(result.pendingApprovals.map((entry) => entry.command)).toEqual([approved])
  })

  it('a forbidden command cannot be approved into running', async () => {
    const command = ['curl', '-s', `${url}/x`]
    const { result } = await runWithRules({
      script: [shell(command), { text: 'ok' }],
      rules: [CURL_FORBIDDEN],
      approvalPolicy: 'on-request',
      approvedCommands: [command],
      networkAccess: true,
    })
    expect(hits).toEqual([])
    expect(result.commands[0]?.status).toBe('declined')
  })
})
