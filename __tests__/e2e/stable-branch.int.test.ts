// Issue 12 item 9: a commit someone pushed onto the action's stable branch (codex/schedule-…) is
// never force-pushed away by the next scheduled run.
import { describe, expect, it } from 'vitest'
import { examplePayload } from '../../__fixtures__/github/payloads.js'
import { fixDateScenario } from '../../__fixtures__/model/scenarios.js'
import { pullsOf, REPO, useScenarios } from './scenario.js'

const scenarios = useScenarios()
const PROMPT = 'Fix the failing date test.'

describe("a maintainer's commit on the scheduled task's branch", () => {
  it('is kept: the next run stops, naming the commit, and pushes nothing', async () => {
    const scenario = await scenarios.start({ script: [...fixDateScenario(), ...fixDateScenario()] })
    const payload = examplePayload('schedule', '')
    const first = await scenario.run({ eventName: 'schedule', payload, inputs: { prompt: PROMPT } })
    expect(first.main.outputs.conclusion).toBe('success')
    const branch = first.main.outputs.branch!
    const theirs = scenario.github.state.commitToBranch(
      REPO,
      branch,
      { 'docs/notes.md': 'by hand\n' },
      'Tweak the fix by hand',
    )

    const second = await scenario.run({ eventName: 'schedule', payload, inputs: { prompt: PROMPT } })
    expect(second.main.outputs.conclusion).toBe('failed')
    const said = second.main.stdout
    expect(said).toContain(`${branch} has commits this action did not make: ${theirs.slice(0, 7)}`)
    expect(said).toContain('Tweak the fix by hand')
    const repo = scenario.github.state.repo(REPO)
    expect(repo.git.resolveRef(`refs/heads/${branch}`)).toBe(theirs)
    expect(pullsOf(scenario.github)).toHaveLength(1)
  }, 240_000)
})
