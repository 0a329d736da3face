import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fs$1 from 'node:fs/promises';
import { spawn } from 'node:child_process';

// Policy → bubblewrap argv. Pure apart from looking at which paths exist (bwrap refuses to mount on
// a path it cannot find, and follows no symlink in a destination, so destinations are real paths).
/**
 * Where the Node runtime and the harness itself are installed. Commands need them (`node`, an MCP
 * server shipped with the project) even when they live under /tmp, which the sandbox replaces with
 * a private one; they hold code, not secrets, and are shown read-only.
 */
function runtimeRoots(execPath, moduleUrl = import.meta.url) {
    const roots = [path.dirname(path.dirname(execPath))];
    let dir = path.dirname(fileURLToPath(moduleUrl));
    for (;;) {
        if (fs.existsSync(path.join(dir, 'package.json'))) {
            roots.push(dir);
            break;
        }
        const parent = path.dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    return roots;
}
const defaultInspect = (hostPath) => {
    try {
        const stat = fs.statSync(hostPath);
        return { kind: stat.isDirectory() ? 'dir' : 'file', realPath: fs.realpathSync(hostPath) };
    }
    catch {
        return undefined;
    }
};
function isInside(child, parent) {
    const relative = path.relative(parent, child);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
/** Workspace, writable_roots and any per-command grant (absolute); none under read-only. */
function writableRootsOf(policy, grant) {
    if (policy.mode === 'read-only')
        return [];
    const roots = [policy.workspace, ...policy.writableRoots, ...(grant?.writable ?? [])];
    return [...new Set(roots.map((root) => path.resolve(root)))];
}
function networkAllowed(policy, grant) {
    if (policy.mode === 'danger-full-access')
        return true;
    if (policy.mode === 'read-only')
        return false;
    return policy.networkAccess || grant?.network === true;
}
/** The runner's install folder when we run under its bundled Node (`<root>/externals/nodeNN/bin/node`). */
function runnerRootOf(execPath) {
    const match = /^(.+)\/externals\/node\d*\/bin\/node$/.exec(execPath);
    return match?.[1];
}
/** Host paths the model must never read: runner temp and file commands, credentials, the docker socket. */
function pathsToHide(parentEnv, execPath) {
    const candidates = [];
    if (parentEnv.RUNNER_TEMP)
        candidates.push(parentEnv.RUNNER_TEMP);
    for (const name of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'GITHUB_PATH']) {
        const file = parentEnv[name];
        // The folder (`_runner_file_commands`) holds the files of every step, not only ours.
        if (file && path.isAbsolute(file))
            candidates.push(path.dirname(file));
    }
    const homes = new Set([parentEnv.HOME, os.homedir()].filter((home) => Boolean(home)));
    for (const home of homes) {
        for (const secret of ['.ssh', '.docker', '.git-credentials', '.config/gh', '.netrc', '.npmrc']) {
            candidates.push(path.join(home, secret));
        }
    }
    candidates.push('/var/run/docker.sock', '/run/docker.sock');
    const runnerRoot = runnerRootOf(execPath);
    if (runnerRoot) {
        for (const file of ['.credentials', '.credentials_rsaparams', '.runner']) {
            candidates.push(path.join(runnerRoot, file));
        }
    }
    return candidates
        .filter((candidate) => path.isAbsolute(candidate))
        .map((candidate) => path.resolve(candidate));
}
function hideArgs(kind, target, readOnly) {
    if (kind === 'file')
        return ['--ro-bind', '/dev/null', target];
    return readOnly ? ['--tmpfs', target, '--remount-ro', target] : ['--tmpfs', target];
}
function mountArgs(input, inspect, mounts, hidden) {
    const args = ['--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc', '--tmpfs', '/tmp'];
    // A hidden folder that contains a bound root is emptied first, so the root can be bound back on top.
    for (const hide of hidden.filter((item) => item.containsRoot))
        args.push(...hideArgs(hide.kind, hide.target, false));
    for (const root of mounts.runtimeRoots)
        args.push('--ro-bind', root, root);
    if (input.policy.mode === 'read-only') {
        // The workspace may live under /tmp (tests, local runs): show it again, read-only.
        for (const root of mounts.boundRoots)
            args.push('--ro-bind', root, root);
    }
    for (const root of mounts.writableRoots)
        args.push('--bind', root, root);
    for (const root of mounts.writableRoots) {
        const gitDir = inspect(path.join(root, '.git'));
        if (gitDir)
            args.push('--ro-bind', gitDir.realPath, gitDir.realPath);
    }
    for (const override of input.fileOverrides ?? [])
        args.push('--ro-bind', override.source, override.target);
    for (const hide of hidden.filter((item) => !item.containsRoot))
        args.push(...hideArgs(hide.kind, hide.target, true));
    return args;
}
/**
 * A host path is still visible inside unless something mounted over an ancestor (the private /tmp,
 * or an emptied folder) — and no bound root under that ancestor brings it back.
 */
function stillVisible(target, covers, boundRoots) {
    return covers.every((cover) => {
        if (!isInside(target, cover))
            return true;
        return boundRoots.some((root) => isInside(target, root) && isInside(root, cover) && root !== cover);
    });
}
function hiddenPaths(input, inspect, boundRoots) {
    const found = pathsToHide(input.parentEnv, input.execPath ?? process.execPath)
        .map((candidate) => inspect(candidate))
        .filter((item) => item !== undefined && item.realPath !== '/')
        // Parents first: an emptied folder already hides what is under it, and mounting there would fail.
        .sort((a, b) => a.realPath.length - b.realPath.length);
    const hidden = [];
    const covers = ['/tmp'];
    for (const { kind, realPath: target } of found) {
        if (covers.includes(target) || !stillVisible(target, covers, boundRoots))
            continue;
        covers.push(target);
        hidden.push({ kind, target, containsRoot: boundRoots.some((root) => isInside(root, target)) });
    }
    return hidden;
}
function namespaceArgs(policy, grant) {
    const args = ['--unshare-user', '--unshare-pid', '--unshare-ipc', '--unshare-uts', '--unshare-cgroup-try'];
    if (!networkAllowed(policy, grant))
        args.push('--unshare-net');
    // Root on the host stays root with every capability in the new user namespace, enough to unmount
    // the read-only binds; drop them all, and forbid nested user namespaces that would hand them back.
    args.push('--disable-userns', '--cap-drop', 'ALL', '--die-with-parent', '--new-session');
    return args;
}
function realRoots(roots, inspect) {
    const real = roots.map((root) => inspect(root)?.realPath).filter((root) => Boolean(root));
    return [...new Set(real)].sort((a, b) => a.length - b.length);
}
/** The arguments after the bwrap executable: namespaces, mounts, `--chdir`, `--`, the command. */
function buildBwrapArgs(input) {
    if (input.policy.mode === 'danger-full-access')
        throw new Error('danger-full-access runs without bubblewrap');
    const inspect = input.inspect ?? defaultInspect;
    // bwrap follows no symlink in a destination, and cannot mount on a missing path: real, existing paths only.
    const writableRoots = realRoots(writableRootsOf(input.policy, input.grant), inspect);
    const boundRoots = input.policy.mode === 'read-only' ? realRoots([input.policy.workspace], inspect) : writableRoots;
    const runtime = realRoots(input.runtimeRoots ?? runtimeRoots(input.execPath ?? process.execPath), inspect).filter((root) => isInside(root, '/tmp') && root !== '/tmp' && !boundRoots.some((bound) => isInside(root, bound)));
    // Secrets under a runtime root are hidden again, like under any root shown inside the sandbox.
    const hidden = hiddenPaths(input, inspect, [...boundRoots, ...runtime]);
    return [
        ...namespaceArgs(input.policy, input.grant),
        ...mountArgs(input, inspect, { boundRoots, writableRoots, runtimeRoots: runtime }, hidden),
        '--chdir',
        input.cwd,
        '--',
        ...input.argv,
    ];
}

// actions/checkout v4 persists the job token as `http.<url>.extraheader` in `.git/config` (v5+ moves
// it to a file under RUNNER_TEMP, pulled in by includeIf; RUNNER_TEMP is hidden separately). The model
// may read the repository's config, so each command sees a copy without those lines.
const SECTION_HEADER = /^\s*\[([^\]]*)\](.*)$/;
const EXTRAHEADER_KEY = /^\s*extraheader\s*(=|$)/i;
function isCredentialSection(header) {
    return /^credential(\s|"|\.|$)/i.test(header.trim());
}
/** `.git/config` text without any `extraheader` entry and without `[credential]` sections. */
function sanitizeGitConfig(text) {
    const kept = [];
    let inCredentialSection = false;
    let dropContinuation = false;
    for (const line of text.split('\n')) {
        if (dropContinuation) {
            dropContinuation = line.endsWith('\\');
            continue;
        }
        const header = SECTION_HEADER.exec(line);
        if (header) {
            inCredentialSection = isCredentialSection(header[1] ?? '');
            // `[http] extraheader = …` on the header line itself is valid git syntax.
            if (!inCredentialSection && EXTRAHEADER_KEY.test(header[2] ?? '')) {
                kept.push(`[${header[1] ?? ''}]`);
                dropContinuation = line.endsWith('\\');
                continue;
            }
        }
        if (inCredentialSection || EXTRAHEADER_KEY.test(line)) {
            dropContinuation = line.endsWith('\\');
            continue;
        }
        kept.push(line);
    }
    return kept.join('\n');
}
/** The `.git` folder of the repository holding `folder` (the folder itself or a parent), if any. */
async function enclosingGitDir(folder) {
    let current = path.resolve(folder);
    for (;;) {
        const candidate = path.join(current, '.git');
        const stat = await fs$1.stat(candidate).catch(() => undefined);
        if (stat?.isDirectory())
            return fs$1.realpath(candidate);
        if (stat)
            return undefined; // a `gitdir:` file (worktree, submodule): its config lives elsewhere
        const parent = path.dirname(current);
        if (parent === current)
            return undefined;
        current = parent;
    }
}
/**
 * For each repository enclosing one of `folders` whose config holds credentials, writes a sanitized
 * copy to a private temp folder. The copy is fresh per command: the harness may change the config.
 */
async function prepareSanitizedGitConfigs(folders) {
    const gitDirs = new Set();
    for (const folder of folders) {
        const gitDir = await enclosingGitDir(folder);
        if (gitDir)
            gitDirs.add(gitDir);
    }
    const overrides = [];
    let tempDir;
    for (const gitDir of gitDirs) {
        const target = path.join(gitDir, 'config');
        const original = await fs$1.readFile(target, 'utf8').catch(() => undefined);
        if (original === undefined)
            continue;
        const sanitized = sanitizeGitConfig(original);
        if (sanitized === original)
            continue;
        tempDir ??= await fs$1.mkdtemp(path.join(os.tmpdir(), 'codex-sandbox-gitconfig-'));
        const source = path.join(tempDir, `config-${overrides.length}`);
        await fs$1.writeFile(source, sanitized, { mode: 0o444 });
        overrides.push({ source, target });
    }
    const createdDir = tempDir;
    return {
        overrides,
        cleanup: async () => {
            if (createdDir)
                await fs$1.rm(createdDir, { recursive: true, force: true });
        },
    };
}

// Runs one argv (no shell) in its own process group: output capped while read, a timeout and an
// abort that take the whole group down, and no survivors once the main process has exited.
const DEFAULT_OUTPUT_CAP_BYTES = 1024 * 1024;
const TERM_GRACE_MS = 500;
// After the main process exits, how long to wait for its pipes to close before giving up on them
// (a daemon that left the group — `setsid` — may hold them open forever under danger-full-access).
const PIPE_DRAIN_MS = 1000;
const FALLBACK_PATH$1 = '/usr/local/bin:/usr/bin:/bin';
/** `bash` → `/usr/bin/bash` through the command's PATH (or a default one when the policy left none). */
function resolveProgram(program, env) {
    if (program.includes('/'))
        return program;
    for (const folder of (env.PATH ?? FALLBACK_PATH$1).split(':')) {
        if (!path.isAbsolute(folder))
            continue;
        const candidate = path.join(folder, program);
        try {
            fs.accessSync(candidate, fs.constants.X_OK);
            if (fs.statSync(candidate).isFile())
                return candidate;
        }
        catch {
            // not here; keep looking
        }
    }
    return program;
}
function killGroup(pid, signal) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        // ESRCH: the group is already gone
    }
}
class OutputCollector {
    capBytes;
    onOverflow;
    chunks = [];
    size = 0;
    truncated = false;
    constructor(capBytes, onOverflow) {
        this.capBytes = capBytes;
        this.onOverflow = onOverflow;
    }
    add(chunk) {
        if (this.truncated)
            return;
        const room = this.capBytes - this.size;
        if (chunk.length > room) {
            this.chunks.push(chunk.subarray(0, room));
            this.size = this.capBytes;
            this.truncated = true;
            this.onOverflow();
            return;
        }
        this.chunks.push(chunk);
        this.size += chunk.length;
    }
    text() {
        return Buffer.concat(this.chunks).toString('utf8');
    }
}
/** Spawns `argv` detached (its own process group) and settles once it and its group are gone. */
function runProcess(request) {
    const started = performance.now();
    const [program, ...args] = request.argv;
    if (program === undefined) {
        return Promise.resolve({
            exitCode: null,
            output: '',
            timedOut: false,
            truncated: false,
            durationMs: 0,
            spawnError: 'empty command',
        });
    }
    return new Promise((resolve) => {
        const child = spawn(resolveProgram(program, request.env), args, {
            cwd: request.cwd,
            env: request.env,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let timedOut = false;
        let spawnError;
        let exitCode = null;
        let graceTimer;
        let drainTimer;
        const terminate = () => {
            killGroup(child.pid, 'SIGTERM');
            graceTimer ??= setTimeout(() => killGroup(child.pid, 'SIGKILL'), TERM_GRACE_MS);
        };
        const output = new OutputCollector(request.outputCapBytes ?? DEFAULT_OUTPUT_CAP_BYTES, () => {
            killGroup(child.pid, 'SIGKILL');
        });
        child.stdout.on('data', (chunk) => output.add(chunk));
        child.stderr.on('data', (chunk) => output.add(chunk));
        const timer = setTimeout(() => {
            timedOut = true;
            terminate();
        }, request.timeoutMs);
        const onAbort = () => terminate();
        request.signal?.addEventListener('abort', onAbort, { once: true });
        if (request.signal?.aborted)
            terminate();
        let settled = false;
        const settle = () => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            clearTimeout(graceTimer);
            clearTimeout(drainTimer);
            request.signal?.removeEventListener('abort', onAbort);
            child.stdout.destroy();
            child.stderr.destroy();
            resolve({
                exitCode: timedOut ? null : exitCode,
                output: output.text(),
                timedOut,
                truncated: output.truncated,
                durationMs: Math.round(performance.now() - started),
                spawnError,
            });
        };
        child.on('error', (error) => {
            spawnError = `${program}: ${error.message}`;
            settle();
        });
        child.on('exit', (code) => {
            exitCode = code;
            // Whatever the command left running in its group (`nohup sleep 1000 &`) goes now. Under bwrap
            // the PID namespace has already taken them; bare (danger-full-access) this is best effort, as a
            // process that called setsid() has left the group and cannot be found this way.
            killGroup(child.pid, 'SIGKILL');
            drainTimer = setTimeout(settle, PIPE_DRAIN_MS);
        });
        child.on('close', settle);
    });
}

/** Codex's `inherit = "core"` set: enough for ordinary tools to behave, nothing secret. */
const CORE_ENV_VARS = [
    'HOME',
    'LOGNAME',
    'PATH',
    'SHELL',
    'USER',
    'USERNAME',
    'TMPDIR',
    'TEMP',
    'TMP',
    'LANG',
    'LC_ALL',
    'TERM',
];
const SECRET_NAME_PARTS = ['KEY', 'SECRET', 'TOKEN', 'PASSWORD', 'CREDENTIAL'];
// GITHUB_TOKEN is already caught by TOKEN; listed so the intent survives an edit of the parts above.
// ACTIONS_* carries the runner's cache/OIDC/runtime endpoints, INPUT_* every action input (api-key…).
const DEFAULT_EXCLUDE_GLOBS = ['GITHUB_TOKEN', 'ACTIONS_*', 'INPUT_*'];
/** Case-insensitive glob (`*`, `?`, `[abc]`) over the whole name, as Codex's wildmatch patterns. */
function globToRegExp(glob) {
    let source = '';
    for (let index = 0; index < glob.length; index++) {
        const char = glob[index] ?? '';
        if (char === '*')
            source += '.*';
        else if (char === '?')
            source += '.';
        else if (char === '[') {
            const close = glob.indexOf(']', index + 1);
            if (close === -1) {
                source += '\\[';
                continue;
            }
            const body = glob.slice(index + 1, close).replace(/\\/g, '\\\\');
            source += body.startsWith('!') ? `[^${body.slice(1)}]` : `[${body}]`;
            index = close;
        }
        else
            source += char.replace(/[.+^${}()|\\\]]/g, '\\$&');
    }
    return new RegExp(`^${source}$`, 'i');
}
function matchesAny(name, patterns) {
    return patterns.some((pattern) => pattern.test(name));
}
const DEFAULT_EXCLUDE_PATTERNS = DEFAULT_EXCLUDE_GLOBS.map(globToRegExp);
/** True for names the default excludes drop (KEY, SECRET, TOKEN, PASSWORD, CREDENTIAL; GITHUB_TOKEN, ACTIONS_*, INPUT_*). */
function isDefaultExcluded(name) {
    const upper = name.toUpperCase();
    return SECRET_NAME_PARTS.some((part) => upper.includes(part)) || matchesAny(name, DEFAULT_EXCLUDE_PATTERNS);
}
function inheritedEntries(policy, parentEnv) {
    if (policy.inherit === 'none')
        return [];
    const entries = Object.entries(parentEnv).filter((entry) => entry[1] !== undefined);
    if (policy.inherit === 'all')
        return entries;
    return entries.filter(([name]) => CORE_ENV_VARS.includes(name));
}
/**
 * Codex order: inherit (all | core | none) → default excludes (unless ignored) → `exclude` globs →
 * `set` → `includeOnly` globs when non-empty. Under `none` there is no PATH; the runner resolves
 * the program itself so a bare `bash` still starts.
 */
function buildCommandEnv(policy, parentEnv) {
    const excludePatterns = policy.exclude.map(globToRegExp);
    const env = {};
    for (const [name, value] of inheritedEntries(policy, parentEnv)) {
        if (!policy.ignoreDefaultExcludes && isDefaultExcluded(name))
            continue;
        if (matchesAny(name, excludePatterns))
            continue;
        env[name] = value;
    }
    Object.assign(env, policy.set);
    if (policy.includeOnly.length === 0)
        return env;
    const includePatterns = policy.includeOnly.map(globToRegExp);
    return Object.fromEntries(Object.entries(env).filter(([name]) => matchesAny(name, includePatterns)));
}

// A long-lived program (an MCP server over stdio) under the same policy as the model's commands:
// the same bubblewrap argv and the same filtered environment, for a caller that spawns it itself.
const FALLBACK_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/**
 * Throws when the program cannot be found. Under bubblewrap the process dies with its parent
 * (`--die-with-parent`), runs with no capabilities (`--cap-drop ALL`) and sees sanitized git configs.
 */
async function sandboxedSpawnSpec(options) {
    const { policy } = options;
    const sandboxed = policy.mode !== 'danger-full-access';
    const env = { ...policyEnv(policy, options.envPolicy, options.parentEnv, sandboxed), ...options.extraEnv };
    const [program, ...programArgs] = options.argv;
    if (program === undefined || program === '')
        throw new Error('empty command');
    const resolved = resolveProgram(program, env);
    if (!isExecutableFile(resolved))
        throw new Error(`command not found: ${program}`);
    if (!sandboxed)
        return { command: resolved, args: programArgs, env, cwd: options.cwd, cleanup: async () => { } };
    const configs = await prepareSanitizedGitConfigs([policy.workspace, ...writableRootsOf(policy)]);
    const args = buildBwrapArgs({
        policy,
        argv: [resolved, ...programArgs],
        cwd: options.cwd,
        parentEnv: options.parentEnv,
        fileOverrides: configs.overrides,
    });
    const bwrapPath = options.bwrapPath ?? resolveProgram('bwrap', { PATH: `${options.parentEnv.PATH ?? ''}:${FALLBACK_PATH}` });
    return { command: bwrapPath, args, env, cwd: '/', cleanup: configs.cleanup };
}
/**
 * The environment of a sandboxed program: `shell_environment_policy`, with a TMPDIR the sandbox can
 * write (often RUNNER_TEMP, which is hidden, else the sandbox's private /tmp).
 */
function policyEnv(policy, envPolicy, parentEnv, sandboxed) {
    const env = buildCommandEnv(envPolicy, parentEnv);
    if (sandboxed && env.TMPDIR !== undefined && !isInside(env.TMPDIR, '/tmp')) {
        const roots = writableRootsOf(policy);
        if (!roots.some((root) => isInside(env.TMPDIR ?? '', root)))
            env.TMPDIR = '/tmp';
    }
    return env;
}
function isExecutableFile(file) {
    try {
        fs.accessSync(file, fs.constants.X_OK);
        return fs.statSync(file).isFile();
    }
    catch {
        return false;
    }
}

function parseJsonObject(rawArguments, toolName, example) {
    let value;
    try {
        value = JSON.parse(rawArguments === '' ? '{}' : rawArguments);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return {
            ok: false,
            error: `${toolName}: the arguments are not valid JSON (${reason}). Send a JSON object such as ${example}.`,
        };
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return { ok: false, error: `${toolName}: the arguments must be a JSON object such as ${example}.` };
    }
    return { ok: true, args: value };
}
function invalid(toolName, problem, example) {
    return { ok: false, error: `${toolName}: ${problem}. Example: ${example}.` };
}

export { resolveProgram as a, buildBwrapArgs as b, policyEnv as c, parseJsonObject as d, invalid as e, isInside as i, networkAllowed as n, prepareSanitizedGitConfigs as p, runProcess as r, sandboxedSpawnSpec as s, writableRootsOf as w };
