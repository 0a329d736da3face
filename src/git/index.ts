// The harness's git: the only module that imports simple-git.
export { BOT_IDENTITY, createGitClient, GitClient, readHeadSha } from './client.js'
export type { GitClientOptions, Identity, PushMode } from './client.js'
export type { ChangedFile, StagedEntry, WorkingChange } from './parse.js'
export { basicAuthHeader, pushFailureReason, remoteFor } from './remote.js'
export type { RemoteAuth } from './remote.js'
export { GitCommandError } from './run.js'
export { isWorkflowPath, MAX_FILE_BYTES, stageChanges, symlinkEscapes } from './stage.js'
export type { LeftOut, LeftOutKind, StagePolicy, StageResult } from './stage.js'
