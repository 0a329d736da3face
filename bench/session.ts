// The per-turn cost of keeping the session: after a turn that changed files, the loop waits while
// the workspace diff is taken, then the record (transcript, plan, diff) is pushed under its hidden
// ref in the background. Measured against the local GitHub (git's http-backend on loopback) with a
// conversation that grows turn by turn, as a real one does.
import { execFileSync } from 'node:child_process'
import { appendFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startFakeGitHub } from '../__fixtures__/github/server.js'
import { makeWorkspace } from '../__fixtures__/workspace.js'
import { captureWorkspaceDiff, WorkspaceDiffer } from '../src/git/resume-diff.js'
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
      ...(await benchLargeTreeDiff()),
    ]
  } finally {
    await workspace.cleanup()
    await github.close()
  }
}

const LARGE_FOLDERS = 200
const LARGE_FILES_PER_FOLDER = 100

/**
 * The diff a save blocks on, in a work tree of 20,000 files: the first turn's hashes every file,
 * later turns' only what changed (the keeper's scratch index keeps the stat data). Not earlier, in
 * the background: git must not read the work tree while the agent's commands may be making FIFOs
 * in it (the special-file walk just before is what keeps git from blocking on one). Against a fresh
 * scratch index per turn, which hashes everything each time.
 */
async function benchLargeTreeDiff(): Promise<Figure[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-large-tree-'))
  try {
    for (let folder = 0; folder < LARGE_FOLDERS; folder++) {
      await mkdir(path.join(dir, `d${folder}`))
      for (let file = 0; file < LARGE_FILES_PER_FOLDER; file++)
        await writeFile(path.join(dir, `d${folder}`, `f${file}.js`), `// ${folder}/${file}\n`.repeat(50))
    }
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' })
    git('init', '--quiet')
    git('add', '-A')
    git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '--quiet', '-m', 'large')
    const startSha = git('rev-parse', 'HEAD').trim()
    const differ = new WorkspaceDiffer(dir, startSha)
    const kept: number[] = []
    const fresh: number[] = []
    try {
      for (let turn = 0; turn < 5; turn++) {
        await appendFile(path.join(dir, `d${turn}`, 'f0.js'), `// turn ${turn}\n`)
        let started = now()
        await differ.diff()
        kept.push(now() - started)
        started = now()
        await captureWorkspaceDiff(dir, startSha)
        fresh.push(now() - started)
      }
    } finally {
      await differ.close()
    }
    const files = LARGE_FOLDERS * LARGE_FILES_PER_FOLDER
    return [
      {
        name: `session save, ${files} files: diff of the first turn (hashes them all)`,
        value: kept[0] ?? NaN,
        unit: 'ms',
      },
      { name: `session save, ${files} files: diff of later turns`, value: median(kept.slice(1)), unit: 'ms' },
      { name: `the same with a fresh scratch index each turn`, value: median(fresh), unit: 'ms' },
    ]
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
