// Runs the scripted "fix the failing test" task through `node dist/cli.js exec` as a real process
// and measures what the harness itself costs: start-up to the first model request, the time it
// spends between a model response and the next request (minus the tools' own run time), the bytes
// it sends per turn, and its peak memory.
import { spawn } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { startFakeModel } from '../__fixtures__/model/fake-model.js'
import { fixDateScenario } from '../__fixtures__/model/scenarios.js'
import { makeWorkspace } from '../__fixtures__/workspace.js'
import type { Figure } from './figures.js'
import { median, now } from './figures.js'

const CLI = path.resolve('dist/cli.js')
/** BENCH_NODE=/path/to/node runs `exec` under another Node (the runner's is 24, with a compile cache). */
export const EXEC_NODE = process.env['BENCH_NODE'] ?? process.execPath

interface ExecRun {
  firstRequestMs: number
  overheadsMs: number[]
  bytesPerTurn: number[]
  peakRssMb: number
}

export async function benchExec(runs = 5): Promise<Figure[]> {
  const results: ExecRun[] = []
  for (let i = 0; i < runs; i++) results.push(await execOnce())
  const overheads = results.flatMap((run) => run.overheadsMs)
  const bytes = results[0]?.bytesPerTurn ?? []
  return [
    {
      name: 'exec: process start → first model request (median of runs)',
      value: median(results.map((r) => r.firstRequestMs)),
      unit: 'ms',
      target: '≤ 100 ms',
    },
    {
      name: 'exec: harness overhead per turn (median)',
      value: median(overheads),
      unit: 'ms',
      target: '≤ 10 ms',
    },
    { name: 'exec: bytes sent to the model per turn (turns 1…5)', value: bytes.join(' / '), unit: 'B' },
    {
      name: 'exec: peak RSS (max of runs)',
      value: Math.max(...results.map((r) => r.peakRssMb)),
      unit: 'MB',
      target: '< 150 MB',
    },
  ]
}

async function execOnce(): Promise<ExecRun> {
  const fake = await startFakeModel(fixDateScenario())
  const workspace = await makeWorkspace()
  const configFile = path.join(workspace.dir, '..', 'bench-config.toml')
  await writeFile(
    configFile,
    `model_provider = "fake"\nmodel = "fake-model"\n[model_providers.fake]\nname = "Fake"\nbase_url = "${fake.baseUrl}"\nwire_api = "responses"\n`,
  )
  try {
    const startedAt = now()
    const child = spawn(
      EXEC_NODE,
      [
        CLI,
        'exec',
        '--cd',
        workspace.dir,
        '--config-file',
        configFile,
        '--sandbox',
        'workspace-write',
        '--json',
        'Fix the failing test.',
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    const peak = watchPeakRss(child.pid)
    const toolSpans: { start: number; end: number }[] = []
    const open = new Map<string, number>()
    createInterface({ input: child.stdout }).on('line', (line) => {
      const event = JSON.parse(line) as { type: string; item?: { id: string; type: string } }
      if (event.item?.type !== 'command_execution') return
      if (event.type === 'item.started') open.set(event.item.id, now())
      if (event.type === 'item.completed')
        toolSpans.push({ start: open.get(event.item.id) ?? now(), end: now() })
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    const peakRssMb = await peak.stop()
    if (code !== 0) throw new Error(`exec failed (exit ${code}):\n${stderr}`)

    const requests = fake.requests
    const overheadsMs: number[] = []
    for (let i = 1; i < requests.length; i++) {
      const responseEnded = requests[i - 1]!.completedAt
      const nextStarted = requests[i]!.receivedAt
      const toolTime = toolSpans
        .filter((span) => span.start >= responseEnded && span.end <= nextStarted)
        .reduce((sum, span) => sum + (span.end - span.start), 0)
      overheadsMs.push(nextStarted - responseEnded - toolTime)
    }
    return {
      firstRequestMs: requests[0]!.receivedAt - startedAt,
      overheadsMs,
      bytesPerTurn: requests.map((request) => request.bytes),
      peakRssMb,
    }
  } finally {
    await fake.close()
    await workspace.cleanup()
  }
}

/** Polls the kernel's high-water mark (VmHWM), which only grows, so the last reading is the peak. */
function watchPeakRss(pid: number | undefined): { stop: () => Promise<number> } {
  let peakKb = 0
  const read = async () => {
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
    const match = /VmHWM:\s+(\d+) kB/.exec(status)
    if (match) peakKb = Math.max(peakKb, Number(match[1]))
  }
  const timer = setInterval(() => void read(), 5)
  return {
    stop: async () => {
      clearInterval(timer)
      return Math.round(peakKb / 1024)
    },
  }
}
