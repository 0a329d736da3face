// Two-job mode. The `agent` job (read-only token, model key) writes a bundle: bundle.patch, a binary
// diff of the agent's changes against the start commit, and bundle.json, what publishing needs.
// The `publish` job (write token, no model key) verifies the bundle as hostile input, applies the
// patch to a scratch index over its own checkout, and publishes as the one-job mode does.
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import {
  createGitClient,
  GitCommandError,
  isWorkflowPath,
  MAX_FILE_BYTES,
  remoteFor,
  stageChanges,
  symlinkEscapes,
} from '../git/index.js'
import type { ChangedFile, GitClient, LeftOut } from '../git/index.js'
import type { Trigger } from '../github/types.js'
import {
  BUNDLE_VERSION,
  MAX_JSON_BYTES,
  MAX_PATCH_BYTES,
  MAX_SESSION_BYTES,
  parseManifest,
  patchPaths,
  unsafePathReason,
  type BundleFile,
  type BundleManifest,
  type TaskSummary,
} from './bundle-verify.js'
import { PublishError, shortSha } from './errors.js'
import {
  asPublishError,
  publishStaged,
  secretDetector,
  throwIfCancelled,
  type PublishRequest,
  type PublishResult,
} from './publish.js'

const MANIFEST = 'bundle.json'
const PATCH = 'bundle.patch'
const SESSION = 'session.json'

export type BundleRequest = Pick<
  PublishRequest,
  'workspace' | 'env' | 'trigger' | 'startSha' | 'agent' | 'redact' | 'log' | 'signal'
> & {
  settings: { allowWorkflowChanges: boolean }
  /** The agent job's token: a file holding it is left out, like in one-job mode. */
  token?: string | undefined
  /** The run's session record, serialised and redacted (opaque here; the action layer reads it). */
  session?: string | undefined
}

export interface WriteBundleResult {
  outcome: 'written' | 'no-changes'
  changedFiles: ChangedFile[]
  leftOut: LeftOut[]
  manifestPath: string
  patchPath: string
}

export type PublishBundleRequest = Omit<PublishRequest, 'startSha' | 'agent'>

/** The agent job's half: stage like publishChanges would, and write the patch and manifest. */
export async function writeBundle(request: BundleRequest, bundlePath: string): Promise<WriteBundleResult> {
  await fs.mkdir(bundlePath, { recursive: true })
  const git = await createGitClient(request.workspace, {
    startSha: request.startSha,
    log: request.log,
    signal: request.signal,
    tempRoot: request.env.runnerTemp,
  })
  try {
    const { leftOut } = await stageChanges(git, {
      allowWorkflowChanges: request.settings.allowWorkflowChanges,
      containsSecret: secretDetector(request.token ?? '', request.redact),
    })
    const changedFiles = await git.stagedFiles()
    const patchPath = path.join(bundlePath, PATCH)
    await git.writePatch(patchPath)
    const patch = await fs.readFile(patchPath)
    if (patch.length > MAX_PATCH_BYTES)
      throw new PublishError(
        'invalid-bundle',
        `the change is ${patch.length} bytes, over the 50 MB bundle limit`,
      )
    const manifest: BundleManifest = {
      version: BUNDLE_VERSION,
      repo: `${request.trigger.repo.owner}/${request.trigger.repo.repo}`,
      task: summarizeTask(request.trigger),
      startSha: request.startSha,
      createdAt: new Date().toISOString(),
      agent: {
        message: request.redact(request.agent.message),
        footer: request.redact(request.agent.footer),
        commands: request.agent.commands.map((run) => ({ ...run, command: request.redact(run.command) })),
      },
      leftOut,
      changedFiles,
      patch: { file: PATCH, bytes: patch.length, sha256: sha256(patch) },
      session: request.session === undefined ? undefined : await writeSession(bundlePath, request.session),
    }
    const manifestPath = path.join(bundlePath, MANIFEST)
    await fs.writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`)
    request.log(
      `bundle written to ${bundlePath}: ${changedFiles.length} changed files, ${patch.length} bytes of patch`,
    )
    return {
      outcome: changedFiles.length > 0 ? 'written' : 'no-changes',
      changedFiles,
      leftOut,
      manifestPath,
      patchPath,
    }
  } finally {
    await git.close()
  }
}

async function writeSession(bundlePath: string, session: string): Promise<BundleFile> {
  const content = Buffer.from(session, 'utf8')
  if (content.length > MAX_SESSION_BYTES)
    throw new PublishError(
      'invalid-bundle',
      `the session is ${content.length} bytes, over the bundle's limit`,
    )
  await fs.writeFile(path.join(bundlePath, SESSION), content)
  return { file: SESSION, bytes: content.length, sha256: sha256(content) }
}

/**
 * Reads and checks bundle.json and the files it names (size, digest, every path of the patch).
 * `session` is the session record's text, its bytes verified; what it says is the caller's to check.
 */
export async function readBundle(
  bundlePath: string,
): Promise<{ manifest: BundleManifest; patchPath: string; session?: string | undefined }> {
  const manifestPath = path.join(bundlePath, MANIFEST)
  const stat = await fs.stat(manifestPath).catch(() => undefined)
  if (!stat?.isFile())
    throw new PublishError(
      'invalid-bundle',
      `no bundle at ${bundlePath} (missing ${MANIFEST}); did the agent job upload it?`,
    )
  if (stat.size > MAX_JSON_BYTES) throw invalidBundle(`${MANIFEST} is over ${MAX_JSON_BYTES} bytes`)
  const manifest = parseManifest(await fs.readFile(manifestPath, 'utf8'))
  const patchPath = path.join(bundlePath, manifest.patch.file)
  const patch = await readPinned(bundlePath, manifest.patch, 'the patch', MAX_PATCH_BYTES)
  for (const file of patchPaths(patch.toString('utf8'))) {
    const reason = unsafePathReason(file)
    if (reason) throw invalidBundle(`the patch path '${file.slice(0, 200)}' ${reason}`)
  }
  const session = manifest.session
    ? (await readPinned(bundlePath, manifest.session, 'the session', MAX_SESSION_BYTES)).toString('utf8')
    : undefined
  return { manifest, patchPath, session }
}

/** A file of the bundle, only when it is a regular file of the size and digest bundle.json pins. */
async function readPinned(bundlePath: string, entry: BundleFile, what: string, max: number): Promise<Buffer> {
  const file = path.join(bundlePath, entry.file)
  const stat = await fs.lstat(file).catch(() => undefined)
  if (!stat?.isFile()) throw invalidBundle(`${what} ${entry.file} is missing or not a regular file`)
  if (stat.size > max)
    throw invalidBundle(`${what} is ${stat.size} bytes, over the ${max / 1024 / 1024} MB limit`)
  const content = await fs.readFile(file)
  if (content.length !== entry.bytes || sha256(content) !== entry.sha256)
    throw invalidBundle(`${what} does not match the size and digest recorded in bundle.json`)
  return content
}

/** The publish job's half: verify the bundle, apply it, and publish it. */
export async function publishBundle(
  bundlePath: string,
  request: PublishBundleRequest,
): Promise<PublishResult> {
  throwIfCancelled(request.signal, 'before publishing')
  try {
    return await verifyAndPublish(bundlePath, request)
  } catch (error) {
    throw asPublishError(error, request.signal)
  }
}

async function verifyAndPublish(bundlePath: string, request: PublishBundleRequest): Promise<PublishResult> {
  const { manifest, patchPath } = await readBundle(bundlePath)
  checkBundleMatchesTask(manifest, request.trigger)
  const patchText = await fs.readFile(patchPath, 'utf8')
  const workflowPaths = patchPaths(patchText).filter(isWorkflowPath)
  if (workflowPaths.length > 0 && !request.settings.allowWorkflowChanges) {
    throw invalidBundle(`the patch changes ${workflowPaths[0]}, and workflow changes are not allowed`)
  }
  await checkBaseOnGitHub(request, manifest.startSha)
  const auth = remoteFor(
    request.env.serverUrl,
    request.trigger.repo.owner,
    request.trigger.repo.repo,
    request.token,
  )
  const git = await createGitClient(request.workspace, {
    startSha: manifest.startSha,
    log: request.log,
    signal: request.signal,
    tempRoot: request.env.runnerTemp,
    fetchStartFrom: auth,
  })
  try {
    if (manifest.patch.bytes > 0) await applyBundlePatch(git, patchPath, manifest.startSha)
    await checkStagedContent(git, secretDetector(request.token, request.redact))
    return await publishStaged(
      git,
      { ...request, startSha: manifest.startSha, agent: manifest.agent },
      manifest.leftOut,
    )
  } finally {
    await git.close()
  }
}

async function applyBundlePatch(git: GitClient, patchPath: string, startSha: string): Promise<void> {
  try {
    await git.applyPatch(patchPath)
  } catch (error) {
    if (!(error instanceof GitCommandError)) throw error
    throw invalidBundle(
      `the patch does not apply to ${shortSha(startSha)}: ${error.output.trim().slice(0, 1000)}`,
    )
  }
}

/** What the patch produced, checked again as content: links that escape, oversize files, secrets. */
async function checkStagedContent(
  git: GitClient,
  containsSecret: (content: Buffer) => boolean,
): Promise<void> {
  for (const entry of await git.stagedEntries()) {
    if (entry.status === 'deleted' || entry.mode === '160000') continue
    if ((await git.blobSize(entry.sha)) > MAX_FILE_BYTES)
      throw invalidBundle(`${entry.path} is larger than 50 MB`)
    const content = await git.readBlob(entry.sha)
    if (
      entry.mode === '120000' &&
      symlinkEscapes(git.workspace, path.join(git.workspace, entry.path), content.toString('utf8'))
    ) {
      throw invalidBundle(`${entry.path} is a symbolic link pointing outside the repository`)
    }
    if (containsSecret(content)) throw invalidBundle(`${entry.path} contains a secret`)
  }
}

async function checkBaseOnGitHub(request: PublishBundleRequest, startSha: string): Promise<void> {
  const { owner, repo } = request.trigger.repo
  try {
    await request.client.rest.git.getCommit({ owner, repo, commit_sha: startSha })
  } catch (error) {
    const status = (error as { status?: unknown }).status
    if (status === 404 || status === 422)
      throw invalidBundle(`its base commit ${shortSha(startSha)} does not exist in ${owner}/${repo}`)
    throw error
  }
}

function checkBundleMatchesTask(manifest: BundleManifest, trigger: Trigger): void {
  const repo = `${trigger.repo.owner}/${trigger.repo.repo}`
  if (manifest.repo.toLowerCase() !== repo.toLowerCase())
    throw invalidBundle(`it was made for ${manifest.repo}, not ${repo}`)
  const live = summarizeTask(trigger)
  const same =
    manifest.task.source === live.source &&
    manifest.task.number === live.number &&
    manifest.task.commentId === live.commentId &&
    manifest.task.runId === live.runId
  if (!same)
    throw invalidBundle(
      `it answers another task (${describe(manifest.task)}), not this run's (${describe(live)})`,
    )
}

export function summarizeTask(trigger: Trigger): TaskSummary {
  switch (trigger.source) {
    case 'issues':
      return { source: trigger.source, number: trigger.issue.number }
    case 'issue_comment':
    case 'pull_request_review_comment':
    case 'pull_request_review':
      return { source: trigger.source, number: trigger.issue.number, commentId: trigger.comment.id }
    case 'workflow_run':
      return { source: trigger.source, runId: trigger.run.id }
    default:
      return { source: trigger.source }
  }
}

function describe(task: TaskSummary): string {
  const parts = [task.source]
  if (task.number !== undefined) parts.push(`#${task.number}`)
  if (task.commentId !== undefined) parts.push(`comment ${task.commentId}`)
  if (task.runId !== undefined) parts.push(`run ${task.runId}`)
  return parts.join(' ')
}

function invalidBundle(problem: string): PublishError {
  return new PublishError('invalid-bundle', `the bundle was refused: ${problem}; nothing was pushed`)
}

function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex')
}
