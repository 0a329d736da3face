// Issue 12 item 6: FIFOs the model makes where git or apply_patch would open them must not hang the
// run until the job's timeout; the tracking comment ends with a clear failure, not "Working…".
import { describe, expect, it } from 'vitest'
import type { ScriptedTurn } from '../../__fixtures__/model/fake-model.js'
import { FIX_DATE_PATCH } from '../../__fixtures__/model/scenarios.js'
import {
  commentsOn,
  issueCommentPayload,
  MAINTAINER,
  remoteBranches,
  REPO,
  useScenarios,
} from './scenario.js'
import type { Scenario } from './scenario.js'

const scenarios = useScenarios()

function shell(script: string): ScriptedTurn {
  return { calls: [{ name: 'shell', arguments: { command: ['bash', '-c', script] } }] }
}

async function runOnIssue(s: Scenario) {
  s.github.state.addIssue(REPO, { title: 'Fix dates', user: MAINTAINER })
  const comment = s.github.state.addComment(REPO, 1, { body: '/codex fix the date test', user: MAINTAINER })
  return s.run({ eventName: 'issue_comment', payload: issueCommentPayload(s, comment.id) })
}

function finalComment(s: Scenario): string {
  const ours = commentsOn(s.github, 1).filter((comment) => comment.user === 'github-actions[bot]')
  expect(ours).toHaveLength(1)
  return ours[0]!.body
}

describe('special files in the workspace', () => {
  it('a FIFO at .gitattributes and at x/.git/HEAD: the run fails naming them, nothing pushed', async () => {
    const scenario = await scenarios.start({
      script: [
        shell('mkfifo .gitattributes && mkdir -p x/.git && mkfifo x/.git/HEAD && echo made'),
        { calls: [{ name: 'apply_patch', arguments: { input: FIX_DATE_PATCH } }] },
        { text: 'Fixed the month.' },
      ],
    })
    const branches = remoteBranches(scenario.github)
    const started = Date.now()
    const { main } = await runOnIssue(scenario)
    expect(Date.now() - started).toBeLessThan(150_000)
    expect(JSON.stringify(scenario.model.requests[1]!.body)).toContain('made')
    expect(main.outputs.conclusion).toBe('failed')
    const body = finalComment(scenario)
    expect(body).not.toContain('Working')
    expect(body).toContain('".gitattributes" (FIFO)')
    expect(body).toContain('"x/.git/HEAD" (FIFO)')
    expect(remoteBranches(scenario.github).sort()).toEqual(branches.sort())
  }, 180_000)

  it('apply_patch on a FIFO tells the model it is not a regular file instead of waiting forever', async () => {
    const patch = '*** Begin Patch\n*** Update File: notes.txt\n@@\n-a\n+b\n*** End Patch'
    const scenario = await scenarios.start({
      script: [
        shell('mkfifo notes.txt && echo made'),
        { calls: [{ name: 'apply_patch', arguments: { input: patch } }] },
        shell('rm notes.txt && echo removed'),
        { text: 'Could not patch a pipe; removed it.' },
      ],
    })
    const { main } = await runOnIssue(scenario)
    expect(JSON.stringify(scenario.model.requests[2]!.body)).toContain('not a regular file')
    // The run ends instead of hanging; its only edit failed, so it is reported as failed (not as
    // done), and nothing is left to publish.
    expect(main.outputs.conclusion).toBe('failed')
    expect(finalComment(scenario)).not.toContain('Working')
    expect(main.outputs['commit-sha'] ?? '').toBe('')
  }, 180_000)
})
