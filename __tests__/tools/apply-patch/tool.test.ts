import { afterEach, describe, expect, it } from 'vitest'
import { applyPatchTool } from '../../../src/tools/apply-patch/tool.js'
import type { SandboxMode } from '../../../src/config/types.js'
import type { ToolContext } from '../../../src/tools/types.js'
import { makeWorkspace, patchOf, readTree, removeWorkspaces } from './helpers.js'

afterEach(removeWorkspaces)

function contextFor(workspace: string, mode: SandboxMode): ToolContext {
  return {
    workspace,
    policy: { mode, workspace, writableRoots: [], networkAccess: false },
    runner: {
      policy: { mode, workspace, writableRoots: [], networkAccess: false },
      run: () => Promise.reject(new Error('apply_patch must not run commands')),
    },
    signal: new AbortController().signal,
    defaultTimeoutMs: 10_000,
    maxTimeoutMs: 60_000,
    emit: () => undefined,
    itemId: 'item_7',
  }
}

describe('apply_patch tool', () => {
  it('declares the Codex name and a single required string input', () => {
    expect(applyPatchTool.spec.name).toBe('apply_patch')
    expect(applyPatchTool.spec.parameters).toMatchObject({
      required: ['input'],
      properties: { input: { type: 'string' } },
    })
    expect(applyPatchTool.spec.description).toContain('*** Begin Patch')
  })

  it('tells the model exactly what to send for non-JSON or missing input', () => {
    const notJson = applyPatchTool.parse('please apply my patch')
    expect(notJson.ok).toBe(false)
    expect(!notJson.ok && notJson.error).toMatch(/not valid JSON.*\{"input":"\*\*\* Begin Patch/)
    // A model trained on the free-form tool sends the bare patch: that is what it meant.
    expect(applyPatchTool.parse(patchOf())).toEqual({ ok: true, args: { input: patchOf() } })
    const missing = applyPatchTool.parse('{"patch":"x"}')
    expect(!missing.ok && missing.error).toMatch(/`input`.*\{"input":/)
    expect(applyPatchTool.parse(JSON.stringify({ input: patchOf() }))).toEqual({
      ok: true,
      args: { input: patchOf() },
    })
  })

  it('applies the patch in the workspace and returns a completed file_change item', async () => {
    const workspace = await makeWorkspace({ 'a.txt': 'x\n', 'old.txt': 'o\n' })
    const input = patchOf(
      '*** Add File: b.txt',
      '+b',
      '*** Update File: old.txt',
      '*** Move to: new.txt',
      '@@',
      '-o',
      '+n',
      '*** Delete File: a.txt',
    )
    const result = await applyPatchTool.run({ input }, contextFor(workspace, 'workspace-write'))
    expect(result).toEqual({
      output: 'Success. Updated the following files:\nA b.txt\nM new.txt\nD a.txt\n',
      error: undefined,
      item: {
        id: 'item_7',
        type: 'file_change',
        changes: [
          { path: 'b.txt', kind: 'add' },
          { path: 'new.txt', kind: 'update' },
          { path: 'a.txt', kind: 'delete' },
        ],
        status: 'completed',
      },
    })
    expect(await readTree(workspace)).toEqual({ 'b.txt': 'b\n', 'new.txt': 'n\n' })
  })

  it('reports a failure as a failed item listing what was written', async () => {
    const workspace = await makeWorkspace()
    const input = patchOf('*** Add File: ok.txt', '+ok', '*** Delete File: missing.txt')
    const result = await applyPatchTool.run({ input }, contextFor(workspace, 'workspace-write'))
    expect(result.error).toBe('failed')
    expect(result.output).toMatch(/^Failed to delete file missing.txt/)
    expect(result.item).toMatchObject({ status: 'failed', changes: [{ path: 'ok.txt', kind: 'add' }] })
  })

  it('refuses under the read-only policy without touching disk', async () => {
    const workspace = await makeWorkspace({ 'a.txt': 'x\n' })
    const result = await applyPatchTool.run(
      { input: patchOf('*** Delete File: a.txt') },
      contextFor(workspace, 'read-only'),
    )
    expect(result.error).toBe('refused')
    expect(result.output).toMatch(/^the read-only sandbox policy forbids edits; /)
    expect(await readTree(workspace)).toEqual({ 'a.txt': 'x\n' })
  })
})
