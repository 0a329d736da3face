// actions/checkout v4 persists the job token as `http.<url>.extraheader` in `.git/config` (v5+ moves
// it to a file under RUNNER_TEMP, pulled in by includeIf; RUNNER_TEMP is hidden separately). The model
// may read the repository's config, so each command sees a copy without those lines.
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

const SECTION_HEADER = /^\s*\[([^\]]*)\](.*)$/
const EXTRAHEADER_KEY = /^\s*extraheader\s*(=|$)/i

function isCredentialSection(header: string): boolean {
  return /^credential(\s|"|\.|$)/i.test(header.trim())
}

/** `.git/config` text without any `extraheader` entry and without `[credential]` sections. */
export function sanitizeGitConfig(text: string): string {
  const kept: string[] = []
  let inCredentialSection = false
  let dropContinuation = false
  for (const line of text.split('\n')) {
    if (dropContinuation) {
      dropContinuation = line.endsWith('\\')
      continue
    }
    const header = SECTION_HEADER.exec(line)
    if (header) {
      inCredentialSection = isCredentialSection(header[1] ?? '')
      // `[http] extraheader = …` on the header line itself is valid git syntax.
      if (!inCredentialSection && EXTRAHEADER_KEY.test(header[2] ?? '')) {
        kept.push(`[${header[1] ?? ''}]`)
        dropContinuation = line.endsWith('\\')
        continue
      }
    }
    if (inCredentialSection || EXTRAHEADER_KEY.test(line)) {
      dropContinuation = line.endsWith('\\')
      continue
    }
    kept.push(line)
  }
  return kept.join('\n')
}

/** The `.git` folder of the repository holding `folder` (the folder itself or a parent), if any. */
async function enclosingGitDir(folder: string): Promise<string | undefined> {
  let current = path.resolve(folder)
  for (;;) {
    const candidate = path.join(current, '.git')
    const stat = await fs.stat(candidate).catch(() => undefined)
    if (stat?.isDirectory()) return fs.realpath(candidate)
    if (stat) return undefined // a `gitdir:` file (worktree, submodule): its config lives elsewhere
    const parent = path.dirname(current)
    if (parent === current) return undefined
    current = parent
  }
}

export interface SanitizedConfigs {
  overrides: { source: string; target: string }[]
  cleanup: () => Promise<void>
}

/**
 * For each repository enclosing one of `folders` whose config holds credentials, writes a sanitized
 * copy to a private temp folder. The copy is fresh per command: the harness may change the config.
 */
export async function prepareSanitizedGitConfigs(folders: string[]): Promise<SanitizedConfigs> {
  const gitDirs = new Set<string>()
  for (const folder of folders) {
    const gitDir = await enclosingGitDir(folder)
    if (gitDir) gitDirs.add(gitDir)
  }
  const overrides: SanitizedConfigs['overrides'] = []
  let tempDir: string | undefined
  for (const gitDir of gitDirs) {
    const target = path.join(gitDir, 'config')
    const original = await fs.readFile(target, 'utf8').catch(() => undefined)
    if (original === undefined) continue
    const sanitized = sanitizeGitConfig(original)
    if (sanitized === original) continue
    tempDir ??= await fs.mkdtemp(path.join(os.tmpdir(), 'codex-sandbox-gitconfig-'))
    const source = path.join(tempDir, `config-${overrides.length}`)
    await fs.writeFile(source, sanitized, { mode: 0o444 })
    overrides.push({ source, target })
  }
  const createdDir = tempDir
  return {
    overrides,
    cleanup: async () => {
      if (createdDir) await fs.rm(createdDir, { recursive: true, force: true })
    },
  }
}
