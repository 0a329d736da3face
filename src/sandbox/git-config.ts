// actions/checkout v4 persists the job token as `http.<url>.extraheader` in `.git/config` and, with
// submodules, in every `.git/modules/*/config` (v5+ moves it to a file under RUNNER_TEMP, pulled in
// by includeIf). The model may read any git config, so each command sees copies without credentials
// (extraheaders, [credential] sections, passwords or tokens in URLs) and the files they point at
// (includes, credential stores) empty.
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { configFilesIn, defaultCredentialFiles, gitDirsFor, globalConfigFiles } from './git-dirs.js'
import { WalkCache } from './walk-cache.js'

const SECTION_HEADER = /^\s*\[([^\]]*)\](.*)$/
const EXTRAHEADER_KEY = /^\s*extraheader\s*(=|$)/i

function isCredentialSection(header: string): boolean {
  return /^credential(\s|"|\.|$)/i.test(header.trim())
}

/** `https://user:token@host` → `https://host`: a token given as the user name counts too. */
const URL_USERINFO = /\b(https?:\/\/)[^\s/@"]+@/gi

/** A git config's text without `extraheader` entries, `[credential]` sections or URL credentials. */
export function sanitizeGitConfig(text: string): string {
  return dropCredentialEntries(text).replace(URL_USERINFO, '$1')
}

function dropCredentialEntries(text: string): string {
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

export interface SanitizedConfigs {
  overrides: { source: string; target: string }[]
  cleanup: () => Promise<void>
}

interface ConfigFacts {
  /** Files that `include.path` / `includeIf.*.path` pull in, and `credential.helper store --file` targets. */
  referenced: string[]
}

function expandPath(value: string, configFile: string, home: string | undefined): string | undefined {
  const unquoted = value.replace(/^"(.*)"$/, '$1')
  if (unquoted.startsWith('~/')) return home ? path.join(home, unquoted.slice(2)) : undefined
  return path.resolve(path.dirname(configFile), unquoted)
}

/** What a config points at that may hold credentials: its includes and credential-store files. */
export function referencedFiles(text: string, configFile: string, home: string | undefined): ConfigFacts {
  const referenced: string[] = []
  let section = ''
  for (const line of text.split('\n')) {
    const header = SECTION_HEADER.exec(line)
    if (header) section = (header[1] ?? '').trim().toLowerCase()
    const entry = /^\s*(?:\[[^\]]*\])?\s*([A-Za-z][\w-]*)\s*=\s*(.*?)\s*$/.exec(line)
    if (!entry) continue
    const key = (entry[1] ?? '').toLowerCase()
    const value = entry[2] ?? ''
    if (key === 'path' && /^include(if)?\b/.test(section)) {
      const target = expandPath(value, configFile, home)
      if (target) referenced.push(target)
    }
    const store = /^"?store\b.*--file[= ]\s*("[^"]+"|\S+)/.exec(value)
    if (key === 'helper' && /^credential\b/.test(section) && store?.[1]) {
      const target = expandPath(store[1], configFile, home)
      if (target) referenced.push(target)
    }
  }
  return { referenced }
}

class OverrideWriter {
  readonly overrides: SanitizedConfigs['overrides'] = []
  private readonly covered = new Set<string>()
  private tempDir: string | undefined

  async replace(target: string, text: string): Promise<void> {
    if (this.covered.has(target)) return
    this.covered.add(target)
    this.tempDir ??= await fs.mkdtemp(path.join(os.tmpdir(), 'codex-sandbox-gitconfig-'))
    const source = path.join(this.tempDir, `config-${this.overrides.length}`)
    await fs.writeFile(source, text, { mode: 0o444 })
    this.overrides.push({ source, target })
  }

  /** A credential file: shown empty. */
  async hide(target: string): Promise<void> {
    const real = await fs.realpath(target).catch(() => undefined)
    const stat = real ? await fs.stat(real).catch(() => undefined) : undefined
    if (real && stat?.isFile()) await this.replace(real, '')
  }

  cleanup = async (): Promise<void> => {
    if (this.tempDir) await fs.rm(this.tempDir, { recursive: true, force: true })
  }
}

/**
 * Every git config the sandbox can see (the repositories enclosing or nested in `folders`, their
 * submodules and worktrees, the global and system configs) is shown without credentials; the files
 * they include, git's credential stores and credential-named files under `.git/` are shown empty.
 * The copies are fresh per command: the harness may change a config (only the search for the
 * files is reused, while the folders it read are unchanged: walk-cache.ts).
 */
type FoundFiles = { configs: string[]; credentials: string[] }
/** The walks run before every command; reused while no folder or `.git` file they read changed. */
const discoveries = new WalkCache<FoundFiles>()

/** Config and credential files in every git folder the sandbox shows (the contents are read afresh). */
async function gitConfigFilesFor(folders: string[]): Promise<FoundFiles> {
  const key = JSON.stringify(folders)
  const cached = discoveries.get(key)
  if (cached) return cached
  const startedAt = Date.now()
  const read: string[] = []
  const found: FoundFiles = { configs: [], credentials: [] }
  for (const gitDir of await gitDirsFor(folders, read)) {
    const files = await configFilesIn(gitDir, read)
    found.configs.push(...files.configs)
    found.credentials.push(...files.credentials)
  }
  discoveries.set(key, read, found, startedAt)
  return found
}

export async function prepareSanitizedGitConfigs(
  folders: string[],
  parentEnv: NodeJS.ProcessEnv = {},
): Promise<SanitizedConfigs> {
  const homes = [...new Set([parentEnv.HOME, os.homedir()].filter((home): home is string => Boolean(home)))]
  const writer = new OverrideWriter()
  const found = await gitConfigFilesFor(folders)
  const configs: string[] = [...globalConfigFiles(parentEnv, homes), ...found.configs]
  const credentials: string[] = [...defaultCredentialFiles(parentEnv, homes), ...found.credentials]
  for (const config of configs) {
    const real = await fs.realpath(config).catch(() => undefined)
    const original = real ? await fs.readFile(real, 'utf8').catch(() => undefined) : undefined
    if (real === undefined || original === undefined) continue
    credentials.push(...referencedFiles(original, real, homes[0]).referenced)
    const sanitized = sanitizeGitConfig(original)
    if (sanitized !== original) await writer.replace(real, sanitized)
  }
  for (const file of credentials) await writer.hide(file)
  return { overrides: writer.overrides, cleanup: writer.cleanup }
}
