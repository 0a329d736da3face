// `node dist/cli.js apply_patch [PATCH]`: Codex's standalone apply_patch. The patch is the last
// argument, or all of stdin when absent; paths resolve against (and must stay in) the current folder.
import { applyPatch } from './index.js'

const USAGE = "Usage: apply_patch 'PATCH'\n       echo 'PATCH' | apply_patch\n"

export async function runApplyPatchCli(patchArgument: string | undefined, cwd: string): Promise<number> {
  const patch = patchArgument ?? (await readStdin())
  if (patch === '') {
    process.stderr.write(USAGE)
    return 2
  }
  const result = await applyPatch(patch, { workspace: cwd })
  await write(process.stdout, result.stdout)
  await write(process.stderr, result.stderr)
  return result.exitCode
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return ''
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
  return Buffer.concat(chunks).toString('utf8')
}

function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  if (text === '') return Promise.resolve()
  return new Promise((resolve) => stream.write(text, () => resolve()))
}
