// A turn with no tool call is the final answer only when it is one: an empty turn or a call written
// as text is sent back to the model with a note, a bounded number of times, then the run fails.
import { afterEach, describe, expect, it } from 'vitest'
import { MAX_NUDGES } from '../../src/agent/nudge.js'
import { runScripted } from '../helpers/agent.js'
import type { ScriptedRun } from '../helpers/agent.js'

let run: ScriptedRun | undefined
afterEach(async () => {
  await run?.dispose()
  run = undefined
})

const lastUserText = (body: Record<string, unknown>): string => {
  const messages = body.messages as Array<{ role: string; content: string }>
  return messages.filter((message) => message.role === 'user').at(-1)!.content
}

describe('turns that are not an answer', () => {
  it('an empty turn is sent back with a note, and the next real answer completes the run', async () => {
    run = await runScripted({ wire: 'chat', script: [{ text: '' }, { text: 'Nothing needed fixing.' }] })
    expect(run.result.status).toBe('completed')
    expect(run.result.finalMessage).toBe('Nothing needed fixing.')
    expect(run.fake.requests).toHaveLength(2)
    expect(lastUserText(run.fake.requests[1]!.body)).toMatch(/neither a tool call nor an answer/)
  })

  it('a call written as text for a tool that does not exist is not an answer either', async () => {
    const written = '<tool_call>\n{"name": "run_tests", "arguments": {}}\n</tool_call>'
    run = await runScripted({ wire: 'chat', script: [{ text: written }, { text: 'Done: the tests pass.' }] })
    expect(run.result.status).toBe('completed')
    expect(lastUserText(run.fake.requests[1]!.body)).toMatch(/wrote a tool call as text/)
  })

  it('fails with the reason once the notes are used up, instead of reporting success', async () => {
    run = await runScripted({ wire: 'chat', script: () => ({ text: '   ' }) })
    expect(run.result.status).toBe('failed')
    expect(run.result.reason).toMatch(/neither a tool call nor any text 3 times in a row/)
    expect(run.fake.requests).toHaveLength(MAX_NUDGES + 1)
  })
})
