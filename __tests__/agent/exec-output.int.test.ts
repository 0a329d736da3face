// What exec_command gives the model back for a long output: Codex's token budget and layout,
// compared with what codex 0.171 returned for the same command (recorded in the fixture).
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { runScripted, toolOutputsOf } from '../helpers/agent.js'
import type { ScriptedRun } from '../helpers/agent.js'

let run: ScriptedRun | undefined
afterEach(async () => {
  await run?.dispose()
  run = undefined
})

const codexOutput = readFileSync(
  new URL(
    '../../__fixtures__/model/codex-reference/exec-output-seq-100000-max-2000-tokens.txt',
    import.meta.url,
  ),
  'utf8',
)
/** Chunk ids are random and wall times vary: compare the rest. */
const stable = (text: string) =>
  text
    .replace(/^Chunk ID: [0-9a-f]{6}$/m, 'Chunk ID: *')
    .replace(/^Wall time: [\d.]+ seconds$/m, 'Wall time: *')

describe('exec_command output budget', () => {
  it('keeps the head and tail of seq 1 100000 exactly as codex does, within max_output_tokens', async () => {
    run = await runScripted({
      wire: 'responses',
      model: 'gpt-5.2-codex',
      script: [
        {
          calls: [
            {
              name: 'exec_command',
              arguments: { cmd: 'seq 1 100000', login: false, max_output_tokens: 2000 },
            },
            { name: 'exec_command', arguments: { cmd: 'seq 1 100000', login: false } },
          ],
        },
        { text: 'Counted.' },
      ],
    })
    const [small, full] = toolOutputsOf(run.fake.requests[1])
    expect(stable(small ?? '')).toBe(stable(codexOutput))
    // The default budget, 10,000 tokens: 40,000 bytes of output, the last lines of the output kept.
    expect(full).toContain('…137224 tokens truncated…')
    expect(Buffer.byteLength(full ?? '')).toBeGreaterThan(40_000)
    expect(Buffer.byteLength(full ?? '')).toBeLessThan(40_300)
    expect(full).toMatch(/\n99999\n100000\n$/)
  })
})
