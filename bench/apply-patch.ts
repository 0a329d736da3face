// apply_patch speed: a 10k-line file updated by 1,000 chunks (the target), and a 100k-line file
// rewritten by a 50 MB patch of 10,000 chunks, to show the applier stays linear on huge inputs.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { applyPatch } from '../src/tools/apply-patch/index.js'
import type { Figure } from './figures.js'
import { median, now } from './figures.js'

interface Case {
  file: string
  patch: string
}

/** `lineCount` distinct lines of `width` characters, and a patch replacing `changed` lines per chunk. */
function buildCase(lineCount: number, width: number, chunkCount: number, changed: number): Case {
  const pad = 'x'.repeat(Math.max(0, width - 12))
  const line = (index: number, tag: string) => `${tag}${String(index).padStart(7, '0')} ${pad}`
  const lines = Array.from({ length: lineCount }, (_, index) => line(index, 'old '))
  const body = ['*** Begin Patch', '*** Update File: target.txt']
  const stride = Math.floor(lineCount / chunkCount)
  for (let chunk = 0; chunk < chunkCount; chunk++) {
    const first = chunk * stride + Math.floor((stride - changed) / 2)
    body.push('@@')
    if (first > 0) body.push(` ${lines[first - 1] as string}`)
    for (let offset = 0; offset < changed; offset++) body.push(`-${lines[first + offset] as string}`)
    for (let offset = 0; offset < changed; offset++) body.push(`+${line(first + offset, 'new ')}`)
  }
  body.push('*** End Patch')
  return { file: `${lines.join('\n')}\n`, patch: body.join('\n') }
}

/** Median milliseconds of applying the patch to a fresh copy of the file, `runs` times. */
async function timeApply(testCase: Case, runs: number): Promise<number> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'bench-apply-patch-'))
  try {
    const durations: number[] = []
    for (let run = 0; run < runs; run++) {
      await writeFile(path.join(root, 'target.txt'), testCase.file)
      const started = now()
      const result = await applyPatch(testCase.patch, { workspace: root })
      durations.push(now() - started)
      if (!result.ok) throw new Error(`bench patch failed: ${result.stderr}`)
    }
    return median(durations)
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

export async function benchApplyPatch(): Promise<Figure[]> {
  const typical = buildCase(10_000, 40, 1_000, 1)
  await timeApply(typical, 2) // warm-up: JIT and file cache
  const typicalMs = await timeApply(typical, 9)

  const huge = buildCase(100_000, 300, 10_000, 8)
  const hugeMegabytes = Buffer.byteLength(huge.patch) / 1e6
  const hugeMs = await timeApply(huge, 3)

  return [
    {
      name: 'apply_patch: 10k-line file, 1,000 chunks (median of 9)',
      value: typicalMs,
      unit: 'ms',
      target: '< 200 ms',
    },
    {
      name: `apply_patch: 100k-line file, ${hugeMegabytes.toFixed(0)} MB patch, 10,000 chunks (median of 3)`,
      value: hugeMs,
      unit: 'ms',
      target: 'linear (no O(n²))',
    },
  ]
}
