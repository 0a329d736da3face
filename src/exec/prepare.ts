// What an `exec` run reads and checks before the sandbox and the model are set up, so that a bad
// config, a missing session, an unreadable image or a bad schema costs nothing: the config layers,
// the session to resume, the task, the sandbox mode, the images and the output schema.
import path from 'node:path'
import { loadExecConfig } from '../config/layered.js'
import { readOutputSchema } from '../config/output-schema.js'
import type { OutputSchema } from '../config/output-schema.js'
import type { ResolvedConfig, SandboxMode } from '../config/types.js'
import { readImageFile } from '../protocol/images.js'
import type { ModelImage } from '../protocol/images.js'
import type { ExecArgs } from './args.js'
import { featureWarnings } from './features.js'
import { resolveTask } from './prompt.js'
import { codexHome, sessionsDir } from './rollout.js'
import { findSession } from './sessions.js'
import type { SavedSession } from './sessions.js'

/** Codex's own words for the flag, so the risk reads the same here. */
const BYPASS_WARNING =
  'warning: --dangerously-bypass-approvals-and-sandbox: commands run without a sandbox and without ' +
  'approval. EXTREMELY DANGEROUS. Intended solely for running in environments that are externally sandboxed'

export interface PreparedRun {
  workspace: string
  /** `$CODEX_HOME`: the user's config, sessions and AGENTS.md. */
  home: string
  config: ResolvedConfig
  /** The config files applied, lowest precedence first. */
  files: string[]
  /** The session `exec resume` continues. */
  session: SavedSession | undefined
  task: string
  sandboxMode: SandboxMode
  images: ModelImage[]
  outputSchema: OutputSchema | undefined
}

export async function prepareRun(args: ExecArgs, log: (line: string) => void): Promise<PreparedRun> {
  const workspace = args.cd
  const home = codexHome(process.env)
  const { config, files } = await execConfig(args, home, log)
  // Before the prompt is read and before any model call: a missing session ends the run here.
  const session = args.resume
    ? await findSession(args.resume, sessionsDir(process.env), workspace)
    : undefined
  const task = await resolveTask(args, log)
  const sandboxMode = args.bypassSandbox ? 'danger-full-access' : (args.sandbox ?? config.sandboxMode)
  if (args.bypassSandbox) log(BYPASS_WARNING)
  if (args.addDirs.length > 0 && sandboxMode !== 'workspace-write')
    log(
      `warning: --add-dir has no effect under the ${sandboxMode} sandbox (only workspace-write has writable roots)`,
    )
  const images = await Promise.all(args.images.map((file) => readImageFile(path.resolve(file))))
  // Read before the sandbox and the model are set up: a bad schema costs nothing.
  const outputSchema =
    args.outputSchema === undefined ? undefined : await readOutputSchema(args.outputSchema, process.cwd())
  return { workspace, home, config, files, session, task, sandboxMode, images, outputSchema }
}

/** Codex's config layers and `-c` overrides, then the command line's own additions (`--add-dir`). */
async function execConfig(
  args: ExecArgs,
  home: string,
  log: (line: string) => void,
): Promise<{ config: ResolvedConfig; files: string[] }> {
  const overrides =
    args.model === undefined ? args.overrides : [...args.overrides, `model=${JSON.stringify(args.model)}`]
  const { config, files } = await loadExecConfig({
    cwd: args.cd,
    codexHome: home,
    configFile: args.configFile,
    ignoreUserConfig: args.ignoreUserConfig,
    profile: args.profile,
    overrides,
    strict: args.strictConfig,
    oss: args.oss && { localProvider: args.oss.localProvider, modelFromCli: args.model !== undefined },
    env: process.env,
  })
  for (const warning of [...config.warnings, ...featureWarnings(args.features)]) log(`warning: ${warning}`)
  const writable = config.sandboxWorkspaceWrite
  const withDirs = {
    ...config,
    sandboxWorkspaceWrite: { ...writable, writableRoots: [...writable.writableRoots, ...args.addDirs] },
  }
  return { config: withDirs, files }
}
