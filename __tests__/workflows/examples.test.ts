// What a user copies: the examples pin every action to a commit SHA with its version beside it (on
// Node 24 releases), the CI fix never fixes its own fix branches, the README shows exactly
// examples/comment.yml, and action.yml's description fits the Marketplace's 125 characters.
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const read = (file: string): Promise<string> => readFile(file, 'utf8')
const EXAMPLES = 'examples'
/** The action itself, by its published name: the examples follow its own major tag. */
const THIS_ACTION = 'codex-pr-action/codex-pr-action@v0'
/** The oldest release of each action that runs on Node 24 (`runs.using: node24`). */
const NODE24_MAJOR: Record<string, number> = {
  'actions/checkout': 5,
  'actions/setup-node': 5,
  'actions/upload-artifact': 6,
  'actions/download-artifact': 7,
}

function usesOf(text: string): { ref: string; comment: string }[] {
  return [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)\s*(#.*)?$/gm)].map((match) => ({
    ref: match[1] ?? '',
    comment: match[2] ?? '',
  }))
}

async function exampleFiles(): Promise<string[]> {
  return (await readdir(EXAMPLES)).filter((name) => /\.ya?ml$/.test(name)).sort()
}

/** Every action a workflow text uses, other than this one, is pinned as a user should copy it. */
function expectPinnedOnNode24(source: string, text: string): void {
  for (const { ref, comment } of usesOf(text)) {
    if (ref === THIS_ACTION || ref.startsWith('./')) continue
    expect(ref, `${source}: ${ref} is not pinned to a commit`).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/)
    const version = /^# v(\d+)(\.\d+)*$/.exec(comment)
    expect(version, `${source}: ${ref} has no version comment`).not.toBeNull()
    const name = ref.split('@')[0] ?? ''
    const major = NODE24_MAJOR[name]
    expect(major, `${source}: ${name} is not a known action; add its first Node 24 major`).toBeDefined()
    expect(Number(version?.[1]), `${source}: ${name} ${comment} runs on Node 20`).toBeGreaterThanOrEqual(
      major ?? Infinity,
    )
  }
}

describe('examples/', () => {
  it('pins every other action to a full commit SHA with its Node 24 version in a comment', async () => {
    const files = await exampleFiles()
    expect(files.length).toBeGreaterThanOrEqual(6)
    for (const file of files) expectPinnedOnNode24(file, await read(path.join(EXAMPLES, file)))
  })

  it('keeps the CI fix off its own codex/ci-fix- branches', async () => {
    const text = await read(path.join(EXAMPLES, 'ci-autofix.yml'))
    const condition = /^ {4}if: >-\n((?: {6}.*\n)+)/m.exec(text)?.[1] ?? ''
    expect(condition).toContain("github.event.workflow_run.conclusion == 'failure'")
    expect(condition).toMatch(
      /&&\s+!startsWith\(github\.event\.workflow_run\.head_branch, 'codex\/ci-fix-'\)/,
    )
  })
})

describe('README.md', () => {
  it('shows examples/comment.yml exactly as the workflow to copy', async () => {
    const readme = await read('README.md')
    const snippet =
      /exactly \[`examples\/comment\.yml`\]\(examples\/comment\.yml\):\n\n```yaml\n([\s\S]*?)```\n/.exec(
        readme,
      )?.[1]
    expect(snippet).toBe(await read(path.join(EXAMPLES, 'comment.yml')))
    expect(snippet).toContain('fetch-depth: 0')
  })

  it('pins the actions of every workflow it shows as the examples do', async () => {
    const blocks = [...(await read('README.md')).matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '')
    expect(blocks.some((block) => usesOf(block).length > 1)).toBe(true)
    for (const block of blocks) expectPinnedOnNode24('README.md', block)
  })

  it('states the Node version package.json requires', async () => {
    const engines = (JSON.parse(await read('package.json')) as { engines: { node: string } }).engines.node
    const minimum = /^>=(\d+\.\d+)$/.exec(engines)?.[1]
    expect(minimum).toBeDefined()
    expect(await read('README.md')).toContain(`Node.js ${minimum} or later`)
  })
})

describe('action.yml', () => {
  it('has a description within the Marketplace limit of 125 characters', async () => {
    const description = /^description: (.*)$/m.exec(await read('action.yml'))?.[1] ?? ''
    expect(description.length).toBeGreaterThan(40)
    expect(description.length).toBeLessThan(125)
  })
})
