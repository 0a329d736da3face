import { describe, expect, it } from 'vitest'
import { shellTool } from '../../src/tools/shell.js'
import { updatePlanTool } from '../../src/tools/update-plan.js'

describe('shell arguments', () => {
  it('accepts the Codex form', () => {
    expect(shellTool.parse('{"command":["ls","-la"],"workdir":"src","timeout_ms":500}')).toEqual({
      ok: true,
      args: { command: ['ls', '-la'], workdir: 'src', timeoutMs: 500 },
    })
  })

  it('runs a plain string command through bash, as chat models often send it', () => {
    expect(shellTool.parse('{"command":"npm test"}')).toMatchObject({
      ok: true,
      args: { command: ['bash', '-lc', 'npm test'] },
    })
  })

  it.each([
    ['{"command": ["ls"', /not valid JSON.*Send a JSON object such as/],
    ['[1,2]', /must be a JSON object/],
    ['{"command": []}', /non-empty array of strings/],
    ['{"command": ["ls", 3]}', /non-empty array of strings/],
    ['{"command": ["ls"], "timeout_ms": -1}', /positive number/],
    ['{"command": ["ls"], "workdir": 7}', /workdir/],
  ])('tells the model how to fix %s', (raw, message) => {
    const parsed = shellTool.parse(raw)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.error).toMatch(message)
  })
})

describe('update_plan arguments', () => {
  it('accepts a plan and rejects an unknown status with the allowed ones', () => {
    expect(updatePlanTool.parse('{"plan":[{"step":"a","status":"completed"}]}')).toMatchObject({ ok: true })
    const bad = updatePlanTool.parse('{"plan":[{"step":"a","status":"done"}]}')
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.error).toMatch(/pending, in_progress, completed/)
  })
})
