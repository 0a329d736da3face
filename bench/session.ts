// The per-turn cost of keeping the session: after a turn that changed files, the loop waits while
// the workspace diff is taken, then the record (transcript, plan, diff) is pushed under its hidden
// ref in the background. Measured against the local GitHub (git's http-backend on loopback) with a
// conversation that grows turn by turn, as a real one does.
import { appendFile } from 'node:fs/promises'
import path from 'node:path'
import { startFakeGitHub } from '../__fixtures__/github/server.js'
import { makeWorkspace } from '../__fixtures__/workspace.js'
import { SessionKeeper } from '../src/session/keeper.js'
import { SessionStore } from '../src/session/store.js'
import type { Item } from '../src/model/types.js'
import type { Figure } from './figures.js'
import { median, now } from './figures.js'

const TURNS = 12
/** About what one turn adds to a conversation: a call, its output, a short message. */
const TURN_TEXT = 'x'.repeat(6_000)

export async function benchSession(): Promise<Figure[]> {
  const github = await startFakeGitHub()
  const workspace = await makeWorkspace()
  try {
    github.state.addRepo({ owner: 'acme', name: 'bench', files: { 'README.md': '# bench\n' } })
    const startSha = workspace.git('rev-parse', 'HEAD').trim()
    const store = new SessionStore({
      serverUrl: github.serverUrl,
      owner: 'acme',
      repo: 'bench',
      token: github.token,
      redact: (text) => text,
    })
    const keeper = new SessionKeeper({
      store,
      thread: 1,
      task: 'bench',
      startSha,
      workspace: workspace.dir,
      runUrl: '',
      log: () => {},
    })
    const transcript: Item[] = [{ type: 'message', role: 'user', content: 'bench task' }]
    const blocked: number[] = []
    const saved: number[] = []
    for (let turn = 1; turn <= TURNS; turn++) {
      await appendFile(path.join(workspace.dir, 'src', 'date.js'), `// turn ${turn}\n`)
      transcript.push({ type: 'message', role: 'assistant', content: `${turn} ${TURN_TEXT}` })
      keeper.onEvent({
        type: 'item.completed',
        item: {
          id: `i${turn}`,
          type: 'file_change',
          status: 'completed',
          changes: [{ path: 'src/date.js', kind: 'update' }],
        },
      })
      const started = now()
      await keeper.onTurnEnd([...transcript])
      blocked.push(now() - started)
      // The next turn's model request would take far longer than a push; wait so each turn is saved.
      await keeper.settle()
      saved.push(now() - started)
    }
    return [
      { name: 'session save: loop blocked per turn (diff)', value: median(blocked), unit: 'ms' },
      { name: 'session save: diff + push per turn (background)', value: median(saved), unit: 'ms' },
    ]
  } finally {
    await workspace.cleanup()
    await github.close()
  }
}
