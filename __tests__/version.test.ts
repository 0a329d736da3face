import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { VERSION } from '../src/version.js'

describe('VERSION', () => {
  it('is the version in package.json, which /codex status and the reports show', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { version: string }
    expect(VERSION).toBe(pkg.version)
  })
})
