// The one review a review run posts, against the local GitHub: when GitHub still refuses an inline
// comment the harness judged to be on the diff (the two disagree on a line), the review is not
// lost — it is posted again with every finding in its summary.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startFakeGitHub } from '../../__fixtures__/github/server.js'
import type { FakeGitHub } from '../../__fixtures__/github/server.js'
import { createGitHubClient } from '../../src/github/client.js'
import type { PullInfo } from '../../src/github/types.js'
import { postReview } from '../../src/review/post.js'
import { zeroCounts } from '../../src/review/findings.js'
import type { ReviewPlan } from '../../src/review/findings.js'

const BASE_FILE = Array.from({ length: 30 }, (_, index) => `line ${index + 1}`).join('\n') + '\n'
let github: FakeGitHub

beforeEach(async () => {
  github = await startFakeGitHub()
  github.state.addRepo({ owner: 'acme', name: 'widget', files: { 'src/a.txt': BASE_FILE } })
})

afterEach(async () => {
  const violations = [...github.violations]
  await github.close()
  expect(violations).toEqual([])
})

describe('postReview', () => {
  it('posts the review with the refused inline comments in its summary when GitHub answers 422', async () => {
    // Line 20 changes: the diff's one hunk covers lines 17–23; line 3 is outside it.
    const issue = github.state.addPull('acme/widget', {
      title: 'Change',
      head: 'change',
      files: { 'src/a.txt': BASE_FILE.replace('line 20\n', 'line twenty\n') },
    })
    const pull = issue.pull!
    const info: PullInfo = {
      number: issue.number,
      state: 'open',
      draft: false,
      headRef: 'change',
      headSha: pull.headSha,
      headRepoFullName: 'acme/widget',
      isFork: false,
      baseRef: 'main',
      baseSha: pull.baseSha,
      htmlUrl: `${github.serverUrl}/acme/widget/pull/${issue.number}`,
    }
    const plan: ReviewPlan = {
      comments: [
        {
          path: 'src/a.txt',
          line: 3,
          side: 'RIGHT',
          body: '**high** · Off by one.\n\n<!-- codex-pr-action:finding 0123456789abcdef -->',
        },
      ],
      outside: [],
      repeated: 0,
      counts: { ...zeroCounts(), high: 1 },
    }
    const logs: string[] = []
    const client = createGitHubClient({ token: github.token, apiUrl: github.apiUrl })
    const posted = await postReview(
      client,
      { owner: 'acme', repo: 'widget' },
      info,
      { summary: 'Looks fine otherwise.', plan, leftOut: [], footer: { runUrl: 'https://run' } },
      { redact: (text) => text, log: (line) => logs.push(line) },
    )

    expect(posted.inline).toBe(0)
    const reviews = [...github.state.reviews.values()]
    expect(reviews).toHaveLength(1)
    expect(posted.url).toContain(`#pullrequestreview-${reviews[0]!.id}`)
    expect(reviews[0]!.body).toContain(
      '**GitHub refused these as inline comments:**\n- `src/a.txt` line 3: **high** · Off by one.',
    )
    expect(reviews[0]!.body).toContain('Looks fine otherwise.')
    expect(github.state.reviewComments.size).toBe(0)
    expect(logs.join('\n')).toContain("GitHub refused the review's inline comments")
  })
})
