// Edits made through the shell instead of apply_patch: reported as file changes, counted, and the
// model reminded once (in that command's output) to use apply_patch.
import { afterEach, describe, expect, it } from 'vitest'
import type { ScriptedTurn } from '../../__fixtures__/model/fake-model.js'
import { runScripted, toolOutputsOf } from '../helpers/agent.js'
import type { ScriptedRun } from '../helpers/agent.js'

let run: ScriptedRun | undefined
afterEach(async () => {
  await run?.dispose()
  run = undefined
})

const shell = (script: string): ScriptedTurn => ({
  calls: [{ name: 'shell', arguments: { command: ['bash', '-c', script] } }],
})
const REMINDER = /Edit files with the apply_patch tool instead/

describe('edits through the shell', () => {
  it('reports sed -i and cat > as file changes, reminds the model once, and counts them', async () => {
    run = await runScripted({
      wire: 'chat',
      script: [
        shell('cat src/date.js > /dev/null'),
        shell("sed -i 's/getUTCMonth())/getUTCMonth() + 1)/' src/date.js"),
        shell("cat > NOTES.md <<'EOF'\nfixed the month\nEOF"),
        { text: 'Fixed.' },
      ],
    })
    const [read, sed, heredoc] = toolOutputsOf(run.fake.requests.at(-1))
    expect(read).not.toMatch(REMINDER)
    expect(sed).toMatch(REMINDER)
    expect(heredoc).not.toMatch(REMINDER)
    expect(run.result.fileChanges).toEqual([
      { path: 'src/date.js', kind: 'update' },
      { path: 'NOTES.md', kind: 'add' },
    ])
    expect(run.result.shellEdits).toBe(2)
    const changes = run.events.flatMap((event) =>
      event.type === 'item.completed' && event.item.type === 'file_change' ? [event.item.changes] : [],
    )
    expect(changes).toEqual([[{ path: 'src/date.js', kind: 'update' }], [{ path: 'NOTES.md', kind: 'add' }]])
  })

  it('watches exec_command too, and leaves tests and builds alone', async () => {
    run = await runScripted({
      wire: 'responses',
      model: 'gpt-5.2-codex',
      script: [
        {
          calls: [
            {
              name: 'exec_command',
              arguments: {
                cmd: 'node --test --test-reporter=spec --test-reporter-destination=report.txt',
                login: false,
              },
            },
          ],
        },
        {
          calls: [
            {
              name: 'exec_command',
              arguments: { cmd: `python3 -c "open('x.txt','w').write('hi')"`, login: false },
            },
          ],
        },
        { text: 'Done.' },
      ],
    })
    const [tests, python] = toolOutputsOf(run.fake.requests.at(-1))
    expect(tests).not.toMatch(REMINDER)
    expect(python).toMatch(REMINDER)
    expect(run.result.fileChanges).toEqual([{ path: 'x.txt', kind: 'add' }])
    expect(run.result.shellEdits).toBe(1)
  })
})
