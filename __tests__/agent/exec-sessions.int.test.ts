// Long-running commands: `exec_command` hands back a session when the command outlives its
// yield_time_ms, `write_stdin` polls it or writes to it, all inside the real sandbox, and every
// session still running is killed when the run ends.
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { RecordedRequest, ScriptedTurn } from '../../__fixtures__/model/fake-model.js'
import { runScripted, toolOutputsOf } from '../helpers/agent.js'
import type { ScriptedRun } from '../helpers/agent.js'
import { processesWith } from '../tools/mcp/helpers.js'

let run: ScriptedRun | undefined
afterEach(async () => {
  await run?.dispose()
  run = undefined
})

const MODEL = 'gpt-5.2-codex'

/** The session id in the newest tool output of a request, as a model would read it. */
function sessionIdIn(request: RecordedRequest): number {
  const match = /Process running with session ID (\d+)/.exec(toolOutputsOf(request).at(-1) ?? '')
  if (match === null) throw new Error(`no session id in ${toolOutputsOf(request).at(-1)}`)
  return Number(match[1])
}

// `login: false`: no profile scripts, whose start-up time and messages vary from machine to machine.
const exec = (args: Record<string, unknown>): ScriptedTurn => ({
  calls: [{ name: 'exec_command', arguments: { login: false, ...args } }],
})

describe('exec_command sessions', () => {
  it('polls a command that outlives its yield time to completion, inside the sandbox', async () => {
    const script = (request: RecordedRequest, index: number): ScriptedTurn => {
      if (index === 0) {
        return exec({
          cmd: 'echo started; sleep 2; touch ../outside; echo finished',
          yield_time_ms: 300,
        })
      }
      if (index === 1) {
        return {
          calls: [
            { name: 'write_stdin', arguments: { session_id: sessionIdIn(request), yield_time_ms: 20_000 } },
          ],
        }
      }
      return { text: 'The command finished.' }
    }
    run = await runScripted({ wire: 'responses', model: MODEL, script })
    const [first, second] = toolOutputsOf(run.fake.requests[2])
    expect(first).toMatch(
      /^Chunk ID: [0-9a-f]{6}\nWall time: 0\.\d{4} seconds\nProcess running with session ID \d+\n/,
    )
    expect(second).toMatch(/Process exited with code 0\n/)
    // Each piece of output is told once: what the first answer showed is not repeated.
    expect(`${first}${second}`.match(/started/g)).toHaveLength(1)
    expect(second).toMatch(/finished\n/)
    // The write outside the workspace landed in the sandbox's private /tmp, not on the runner.
    expect(existsSync(path.join(run.workspace.dir, '..', 'outside'))).toBe(false)
    expect(run.result.status).toBe('completed')
    expect(run.result.commands).toEqual([expect.objectContaining({ exitCode: 0, status: 'completed' })])
  })

  it('writes to the command’s stdin and returns what it printed', async () => {
    const script = (request: RecordedRequest, index: number): ScriptedTurn => {
      if (index === 0) return exec({ cmd: 'read -r name; echo "hello, $name"', yield_time_ms: 300 })
      if (index === 1) {
        const sessionId = sessionIdIn(request)
        return {
          calls: [
            {
              name: 'write_stdin',
              arguments: { session_id: sessionId, chars: 'world\n', yield_time_ms: 5000 },
            },
          ],
        }
      }
      return { text: 'Greeted.' }
    }
    run = await runScripted({ wire: 'responses', model: MODEL, script })
    const second = toolOutputsOf(run.fake.requests[2])[1]
    expect(second).toMatch(/Process exited with code 0\n/)
    expect(second).toMatch(/Output:\nhello, world\n$/)
  })

  it('kills every session still running when the run ends', async () => {
    const tag = randomUUID()
    run = await runScripted({
      wire: 'responses',
      model: MODEL,
      script: [exec({ cmd: `sleep 30 # ${tag}`, yield_time_ms: 250 }), { text: 'Left it running.' }],
    })
    expect(run.result.status).toBe('completed')
    expect(toolOutputsOf(run.fake.requests[1])[0]).toContain('Process running with session ID')
    expect(processesWith(tag)).toEqual([])
  })

  it('answers a poll of an unknown session with the sessions that are running', async () => {
    run = await runScripted({
      wire: 'responses',
      model: MODEL,
      script: [{ calls: [{ name: 'write_stdin', arguments: { session_id: 7 } }] }, { text: 'ok' }],
    })
    expect(toolOutputsOf(run.fake.requests[1])).toEqual([
      'write_stdin failed: Unknown process id 7 (no command is running).',
    ])
  })
})
