// Issue 12 item 9: a commit someone pushed onto the action's stable branch (codex/schedule-…) is
// never force-pushed away by the next scheduled run.
import { describe, expect, it } from 'vitest'
import { examplePayload } from '../../__fixtures__/github/payloads.js'
import { fixDateScenario } from '../../__fixtures__/model/scenarios.js'
import { pullsOf, remoteFile, REPO, useScenarios } from './scenario.js'

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

// Issue 17 item 5: a re-run whose change is what the branch already holds pushes nothing, as
// create-pull-request's "not updated" (no new commit, so no new CI run); a moved base still updates.
describe('a scheduled run whose change the stable branch already holds', () => {
  it('pushes nothing and leaves the PR as it is; after the base moves, the same change is pushed again', async () => {
    const script = [...fixDateScenario(), ...fixDateScenario(), ...fixDateScenario()]
    const scenario = await scenarios.start({ script })
    const payload = examplePayload('schedule', '')
    const run = () => scenario.run({ eventName: 'schedule', payload, inputs: { prompt: PROMPT } })
    const first = await run()
    expect(first.main.outputs['pull-request-operation']).toBe('created')
    const branch = first.main.outputs.branch!
    const repo = scenario.github.state.repo(REPO)
    const tip = repo.git.resolveRef(`refs/heads/${branch}`)
    const [pull] = pullsOf(scenario.github)
    const seenBefore = scenario.github.requests.length

    const second = await run()
    expect(second.main.exitCode).toBe(0)
    expect(second.main.outputs.conclusion).toBe('success')
    expect(second.main.outputs['pull-request-operation']).toBe('none')
    expect(second.main.outputs['pull-request-number']).toBe(first.main.outputs['pull-request-number'])
    expect(second.main.outputs.branch).toBe(branch)
    expect(second.main.outputs['commit-sha']).toBe(tip)
    expect(repo.git.resolveRef(`refs/heads/${branch}`)).toBe(tip)
    expect(second.main.stdout).toContain(`not updated: ${branch} already holds exactly this change`)
    expect(second.main.summary).toContain('not updated: its branch already holds exactly this change')
    expect(pullsOf(scenario.github)).toEqual([pull])
    const pullWrites = scenario.github.requests
      .slice(seenBefore)
      .filter((request) => request.method !== 'GET' && /\/pulls/.test(request.path))
    expect(pullWrites).toEqual([])
    const pushes = scenario.github.requests
      .slice(seenBefore)
      .filter((request) => request.path.includes('git-receive-pack'))
    expect(pushes).toEqual([])

    scenario.github.state.commitToBranch(REPO, 'main', { 'CHANGELOG.md': 'base moved\n' }, 'Base moves on')
    const third = await run()
    expect(third.main.outputs['pull-request-operation']).toBe('updated')
    const newTip = repo.git.resolveRef(`refs/heads/${branch}`)
    expect(newTip).not.toBe(tip)
    expect(remoteFile(scenario.github, `refs/heads/${branch}`, 'CHANGELOG.md')).toContain('base moved')
  }, 360_000)
})
