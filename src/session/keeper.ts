// One run's session, saved as the run goes: after every turn that changed files (so a runner that
// dies keeps its last turn) and once at the end. A turn that ran commands is checked by its diff:
// when the work tree is as the last save left it, nothing is pushed (a push is a dozen processes).
// A turn's save captures the workspace diff before the next turn starts and pushes it in the
// background, one push at a time; a newer turn replaces a save still waiting, so a slow push
// never holds the agent back by more than the diff. Each write is a compare-and-swap on the
// version this run wrote before: once another run has taken the session over, this one stops
// saving and says so.
import type { AgentEvent } from '../protocol/events.js'
import type { AgentResult } from '../agent/result.js'
import { addUsage } from '../agent/budgets.js'
import { WorkspaceDiffer } from '../git/resume-diff.js'
import { ZERO_USAGE } from '../model/types.js'
import type { Item } from '../model/types.js'
import { SESSION_VERSION } from './record.js'
import type { SessionRecord, SessionState } from './record.js'
import type { SessionApproval } from './approval.js'
import type { SessionStore } from './store.js'

export interface KeeperOptions {
  store: SessionStore
  thread: number
  task: string
  /** The commit the run started from (its diff is taken against it). */
  startSha: string
  workspace: string
  tempRoot?: string | undefined
  runUrl: string
  log: (line: string) => void
  /** The session this run continues, and the version of it this run claimed. */
  previous?: { record: SessionRecord; sha: string } | undefined
}

export class SessionKeeper {
  private version: string | undefined
  private dirty = false
  private lost = false
  private pending: SessionRecord | undefined
  private pushing: Promise<void> | undefined
  private plan: SessionRecord['plan'] = []
  private turns = 0
  /** The workspace diff of the last save queued; a fresh run starts from an unchanged tree. */
  private savedDiff: string | undefined
  /** How long each save took (diff + push), for the log and the benchmark. */
  readonly timings: { diffMs: number; pushMs: number }[] = []
  /** One scratch index for every save of the run, so each diff rehashes only what changed. */
  private readonly differ: WorkspaceDiffer

  constructor(private readonly options: KeeperOptions) {
    this.differ = new WorkspaceDiffer(options.workspace, options.startSha, { tempRoot: options.tempRoot })
    this.version = options.previous?.sha
    this.plan = options.previous?.record.plan ?? []
    this.savedDiff = options.previous ? undefined : ''
  }

  onEvent(event: AgentEvent): void {
    if (event.type !== 'item.completed') return
    if (event.item.type === 'file_change') this.dirty = true
    if (event.item.type === 'command_execution') this.dirty = true
    if (event.item.type === 'todo_list')
      this.plan = event.item.items.map((step) => ({ text: step.text, completed: step.completed }))
  }

  /** The loop's turn end: save when the turn changed files (or ran commands that may have). */
  async onTurnEnd(transcript: Item[]): Promise<void> {
    this.turns += 1
    if (!this.dirty || this.lost) return
    this.dirty = false
    const started = Date.now()
    let diff: string
    try {
      diff = await this.workspaceDiff()
    } catch (error) {
      // The run goes on (a FIFO in the work tree, say, is the publish step's to report); the
      // previous save stays the one to resume from.
      const why = error instanceof Error ? error.message : String(error)
      this.options.log(`session: turn ${this.turns} not saved: ${why.split('\n')[0] ?? why}`)
      return
    }
    if (diff === this.savedDiff) return
    this.savedDiff = diff
    this.timings.push({ diffMs: Date.now() - started, pushMs: 0 })
    this.queue(this.record('running', transcript, diff, { turns: this.turns, usage: ZERO_USAGE }))
  }

  /**
   * The last save: how the run ended, where its work went, and for a paused run the commands it
   * waits on. Throws when it could not be saved.
   */
  async finish(
    result: AgentResult,
    state: SessionState,
    pushed: SessionRecord['pushed'],
    approval?: SessionApproval,
  ): Promise<void> {
    await this.settle()
    try {
      if (this.lost) throw new Error('another run took this session over; this run did not save its end')
      const diff = pushed ? '' : await this.workspaceDiff()
      const record = this.record(state, result.transcript ?? [], diff, result, pushed)
      if (state !== 'completed') record.reason = result.reason
      if (state === 'awaiting-approval') record.approval = approval
      this.version = await this.options.store.save(record, this.version)
    } finally {
      await this.differ.close()
    }
  }

  /** Waits for the save in flight (the caller is about to end). */
  async settle(): Promise<void> {
    while (this.pushing) await this.pushing
  }

  private queue(record: SessionRecord): void {
    this.pending = record
    if (this.pushing) return
    this.pushing = this.drain().finally(() => (this.pushing = undefined))
  }

  private async drain(): Promise<void> {
    while (this.pending && !this.lost) {
      const record = this.pending
      this.pending = undefined
      const started = Date.now()
      try {
        this.version = await this.options.store.save(record, this.version)
        const last = this.timings.at(-1)
        if (last) last.pushMs = Date.now() - started
        this.options.log(`session: saved after turn ${record.turns}`)
      } catch (error) {
        // A lost race is final; any other failure leaves the previous save as the one to resume.
        const why = error instanceof Error ? error.message : String(error)
        if (/stale info|fetch first|rejected/.test(why)) this.lost = true
        // The next turn that runs anything saves again, even with the same work tree.
        this.savedDiff = undefined
        this.options.log(`session: could not save turn ${record.turns}: ${why.split('\n')[0] ?? why}`)
      }
    }
  }

  /** The work tree's diff against the run's start commit, through the run's one scratch index. */
  workspaceDiff(): Promise<string> {
    return this.differ.diff()
  }

  private record(
    state: SessionState,
    transcript: Item[],
    diff: string,
    run: Pick<AgentResult, 'turns' | 'usage'>,
    pushed?: SessionRecord['pushed'],
  ): SessionRecord {
    const previous = this.options.previous?.record
    return {
      version: SESSION_VERSION,
      repo: this.options.store.repoName,
      thread: this.options.thread,
      state,
      task: this.options.task,
      startSha: pushed ? pushed.commit : this.options.startSha,
      diff,
      pushed: pushed ?? previous?.pushed,
      transcript,
      plan: this.plan,
      turns: (previous?.turns ?? 0) + run.turns,
      usage: addUsage(previous?.usage ?? ZERO_USAGE, run.usage),
      runs: (previous?.runs ?? 0) + 1,
      ...this.stamp(),
    }
  }

  private stamp() {
    return { runUrl: this.options.runUrl, updatedAt: new Date().toISOString() }
  }
}
