// A sandbox that passes its probe and then fails for every command: the run may "complete", but
// it must not count as done, since nothing the model claims was run or checked.
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runAgent } from '../../src/agent/loop.js'
import { sandboxRefusedEverything } from '../../src/agent/result.js'
import { createModelClient } from '../../src/model/openai.js'
import { DEFAULT_SHELL_ENV_POLICY } from '../../src/sandbox/env.js'
import { createCommandRunner } from '../../src/sandbox/index.js'
import { ToolRegistry, builtinTools } from '../../src/tools/registry.js'
import { startFakeModel } from '../../__fixtures__/model/fake-model.js'
import type { FakeModel } from '../../__fixtures__/model/fake-model.js'
import { fakeProvider } from '../helpers/agent.js'

let dir: string | undefined
let fake: FakeModel | undefined
afterEach(async () => {
  await fake?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

/** bwrap that works once (the probe), then fails as a broken sandbox does. */
async function breakingBwrap(root: string): Promise<string> {
  const script = path.join(root, 'bwrap')
  const marker = path.join(root, 'probed')
  await writeFile(
    script,
    `#!/bin/sh\nif [ -e '${marker}' ]; then echo 'bwrap: setting up uid map: Permission denied' >&2; exit 1; fi\ntouch '${marker}'\nexec bwrap "$@"\n`,
  )
  await chmod(script, 0o755)
  return script
}

describe('a sandbox that fails every command', () => {
  it('is counted, so the run cannot be reported as done', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sandbox-failure-'))
    const workspace = path.join(dir, 'ws')
    await mkdir(workspace)
    fake = await startFakeModel([
      { calls: [{ name: 'shell', arguments: { command: ['node', '--test'] } }] },
      { calls: [{ name: 'shell', arguments: { command: ['ls'] } }] },
      { text: 'All tests pass; nothing to change.' },
    ])
    const policy = { mode: 'workspace-write' as const, workspace, writableRoots: [], networkAccess: false }
    const runner = await createCommandRunner({
      policy,
      envPolicy: DEFAULT_SHELL_ENV_POLICY,
      bwrapPath: await breakingBwrap(dir),
      autoFix: false,
    })
    const result = await runAgent({
      task: 'Check the tests.',
      workspace,
      model: createModelClient({
        provider: fakeProvider(fake.baseUrl, 'chat'),
        model: 'fake',
        apiKey: undefined,
      }),
      registry: new ToolRegistry(builtinTools()),
      runner,
      budgets: { maxTurns: 10, timeoutMs: 60_000 },
      projectDocMaxBytes: 0,
    })
    expect(result.status).toBe('completed')
    expect(result.toolErrors).toMatchObject({ 'sandbox-failure': 2, failed: 0, timeout: 0 })
    expect(sandboxRefusedEverything(result)).toMatch(/sandbox could not run any of the agent's 2 command/)
    // The model was told the sandbox failed, not that its command did.
    expect(JSON.stringify(fake.requests[1]!.body)).toContain('The sandbox could not run the command')
  })
})
