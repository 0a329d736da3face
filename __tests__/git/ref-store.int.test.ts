// The record store under hidden refs, against the local GitHub's git over smart HTTP: a record
// round-trips, only the version read can be deleted (a second consumer loses), a ref not in the
// shape the harness writes is refused, and a token that cannot push writes nothing.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startFakeGitHub } from '../../__fixtures__/github/server.js'
import type { FakeGitHub } from '../../__fixtures__/github/server.js'
import { remoteFor } from '../../src/git/remote.js'
import { deleteRecord, readRecord, RecordError, storeRef, writeRecord } from '../../src/git/ref-store.js'

let github: FakeGitHub
let temp: string

beforeEach(async () => {
  github = await startFakeGitHub()
  github.state.addRepo({ owner: 'acme', name: 'widget', files: { 'a.txt': 'a\n' } })
  temp = await mkdtemp(path.join(tmpdir(), 'ref-store-test-'))
})

afterEach(async () => {
  await github.close()
  await rm(temp, { recursive: true, force: true })
})

const auth = () => remoteFor(github.serverUrl, 'acme', 'widget', github.token)
const ref = storeRef('sessions', '7')

describe('records under hidden refs', () => {
  it('round-trips a record, and deletes only the version it read', async () => {
    const sha = await writeRecord(auth(), ref, { 'state.json': '{"n":1}' }, 'state v1', { tempRoot: temp })
    expect(github.state.repo('acme/widget').git.listRefs('refs/codex-pr-action/')).toEqual([
      { ref, sha, type: 'commit' },
    ])
    const read = await readRecord(auth(), ref, ['state.json'], { tempRoot: temp })
    expect(read?.sha).toBe(sha)
    expect(read?.files.get('state.json')?.toString()).toBe('{"n":1}')

    const newer = await writeRecord(auth(), ref, { 'state.json': '{"n":2}' }, 'state v2', { tempRoot: temp })
    await expect(deleteRecord(auth(), ref, sha, { tempRoot: temp })).rejects.toThrow(/stale info|rejected/)
    await deleteRecord(auth(), ref, newer, { tempRoot: temp })
    expect(await readRecord(auth(), ref, ['state.json'], { tempRoot: temp })).toBeUndefined()
  })

  it('refuses a ref that is not a root commit holding exactly the named files', async () => {
    // A commit of the repository's own history pushed to the record's ref (what a mistaken push would do).
    const main = github.state.repo('acme/widget').git.git(['rev-parse', 'refs/heads/main']).trim()
    const bare = github.state.repo('acme/widget').git
    bare.git(['update-ref', ref, main])
    await expect(readRecord(auth(), ref, ['state.json'], { tempRoot: temp })).rejects.toThrow(RecordError)
    await writeRecord(auth(), ref, { 'other.json': '{}' }, 'x', { tempRoot: temp })
    await expect(readRecord(auth(), ref, ['state.json'], { tempRoot: temp })).rejects.toThrow(
      /does not hold exactly state\.json/,
    )
  })

  it('writes nothing with a token that cannot push', async () => {
    const wrong = remoteFor(github.serverUrl, 'acme', 'widget', 'not-the-token')
    await expect(writeRecord(wrong, ref, { 'state.json': '{}' }, 'x', { tempRoot: temp })).rejects.toThrow()
    expect(github.state.repo('acme/widget').git.listRefs('refs/codex-pr-action/')).toEqual([])
  })

  it('keeps a record name inside its namespace', () => {
    expect(() => storeRef('sessions', '../heads/main')).toThrow(/not a valid record name/)
    expect(() => storeRef('sessions', '-x')).toThrow(/not a valid record name/)
  })
})
