// The session is saved after each turn that changed the work tree, and only then: a turn whose
// commands only read (cat, a test run) pushes nothing, since the last save already holds that tree.
// Against the local GitHub's git over smart HTTP, counting the pushes it receives.
import { appendFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startFakeGitHub } from '../../__fixtures__/github/server.js'
import type { FakeGitHub } from '../../__fixtures__/github/server.js'
import { makeWorkspace } from '../../__fixtures__/workspace.js'
import type { Workspace } from '../../__fixtures__/workspace.js'
import type { AgentEvent } from '../../src/protocol/events.js'
import { SessionKeeper } from '../../src/session/keeper.js'
import { SessionStore } from '../../src/session/store.js'

let github: FakeGitHub
let workspace: Workspace

beforeEach(async () => {
  github = await startFakeGitHub()
  github.state.addRepo({ owner: 'acme', name: 'widget', files: { 'a.txt': 'a\n' } })
  workspace = await makeWorkspace()
})

afterEach(async () => {
  await workspace.cleanup()
  await github.close()
})

const ranCommand: AgentEvent = {
  type: 'item.completed',
  item: {
    id: 'c1',
    type: 'command_execution',
    command: 'node --test',
    aggregated_output: '',
    exit_code: 0,
    status: 'completed',
  },
}

function keeper(log: string[]): SessionKeeper {
  const store = new SessionStore({
    serverUrl: github.serverUrl,
    owner: 'acme',
    repo: 'widget',
    token: github.token,
    redact: (text) => text,
  })
  return new SessionKeeper({
    store,
    thread: 1,
    task: 'fix it',
    startSha: workspace.git('rev-parse', 'HEAD').trim(),
    workspace: workspace.dir,
    runUrl: '',
    log: (line) => log.push(line),
  })
}

const pushes = () => github.requests.filter((request) => request.path.endsWith('/git-receive-pack'))

describe('the session keeper', () => {
  it('pushes after a turn that changed a file, not after turns whose commands changed nothing', async () => {
    const log: string[] = []
    const session = keeper(log)

    session.onEvent(ranCommand)
    await session.onTurnEnd([{ type: 'message', role: 'user', content: 'turn 1: read only' }])
    await session.settle()
    expect(pushes()).toEqual([])

    await appendFile(path.join(workspace.dir, 'src', 'date.js'), '// changed\n')
    session.onEvent(ranCommand)
    await session.onTurnEnd([{ type: 'message', role: 'user', content: 'turn 2: edits' }])
    await session.settle()
    expect(pushes()).toHaveLength(1)
    expect(log).toEqual(['session: saved after turn 2'])

    session.onEvent(ranCommand)
    await session.onTurnEnd([{ type: 'message', role: 'user', content: 'turn 3: tests again' }])
    await session.settle()
    expect(pushes()).toHaveLength(1)

    await appendFile(path.join(workspace.dir, 'src', 'date.js'), '// and again\n')
    session.onEvent(ranCommand)
    await session.onTurnEnd([{ type: 'message', role: 'user', content: 'turn 4: edits' }])
    await session.settle()
    expect(pushes()).toHaveLength(2)
    expect(log.at(-1)).toBe('session: saved after turn 4')
  })

  it('saves again after a save that failed, even when the work tree did not change since', async () => {
    const log: string[] = []
    const session = keeper(log)
    await appendFile(path.join(workspace.dir, 'src', 'date.js'), '// changed\n')
    github.state.tokenCanWrite = false
    session.onEvent(ranCommand)
    await session.onTurnEnd([{ type: 'message', role: 'user', content: 'turn 1: edits' }])
    await session.settle()
    expect(log.at(-1)).toMatch(/^session: could not save turn 1: /)

    github.state.tokenCanWrite = true
    session.onEvent(ranCommand)
    await session.onTurnEnd([{ type: 'message', role: 'user', content: 'turn 2: tests' }])
    await session.settle()
    expect(log.at(-1)).toBe('session: saved after turn 2')
  })
})
