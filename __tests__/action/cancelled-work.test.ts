// What main hands post for a cancelled run: it reaches post as an environment variable, so a long
// command log or message is cut to keep it small, and post refuses a state it cannot read.
import { describe, expect, it } from 'vitest'
import { parseCancelledWork, serializeCancelledWork } from '../../src/action/cancelled-work.js'
import type { CancelledWork } from '../../src/action/cancelled-work.js'
import { ZERO_USAGE } from '../../src/model/types.js'

function work(commands: number, message = 'stopped'): CancelledWork {
  return {
    version: 1,
    startSha: 'a'.repeat(40),
    diffDigest: 'b'.repeat(64),
    allowWorkflowChanges: false,
    task: 'fix the test',
    thread: 1,
    footer: '2 turns',
    left: ['Rerun the tests'],
    report: {
      conclusion: 'cancelled',
      message,
      durationMs: 1,
      turns: 2,
      usage: ZERO_USAGE,
      runUrl: 'https://github.com/o/r/actions/runs/1',
      commands: Array.from({ length: commands }, (_, index) => ({
        command: `npm test -- --shard ${index} ${'x'.repeat(600)}`,
        exitCode: 0,
        status: 'completed',
      })),
    },
  }
}

describe('the cancelled run handed to post', () => {
  it('reads back as it was written', () => {
    expect(parseCancelledWork(serializeCancelledWork(work(3)))).toEqual(work(3))
  })

  it('stays under 128 KiB with thousands of commands, keeping the last ones', () => {
    const text = serializeCancelledWork(work(5_000, 'm'.repeat(100_000)))
    expect(Buffer.byteLength(text)).toBeLessThan(48_000)
    const read = parseCancelledWork(text)
    if (typeof read === 'string') throw new Error(read)
    expect(read.report.commands).toHaveLength(20)
    expect(read.report.commands?.at(-1)?.command).toMatch(/^npm test -- --shard 4999 x+…$/)
    expect(read.report.message).toHaveLength(8_000)
  })

  it('refuses a state without a start commit or a digest of the changes', () => {
    const { startSha: _startSha, ...noStart } = work(1)
    expect(parseCancelledWork(JSON.stringify(noStart))).toBe('the saved state names no start commit')
    expect(parseCancelledWork(JSON.stringify({ ...work(1), diffDigest: '' }))).toBe(
      'the saved state has no digest of the changes',
    )
    expect(parseCancelledWork('not json')).toBe('the saved state is not JSON')
  })
})
