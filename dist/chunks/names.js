import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import fs$1 from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { e as errorMessage } from './errors.js';
import { createHash } from 'node:crypto';

function firstSet(...values) {
    return values.find((value) => value !== undefined && value.trim() !== '');
}
function proxySettings(env) {
    const httpProxy = firstSet(env.http_proxy, env.HTTP_PROXY);
    return {
        httpProxy,
        httpsProxy: firstSet(env.https_proxy, env.HTTPS_PROXY) ?? httpProxy,
        noProxy: firstSet(env.no_proxy, env.NO_PROXY) ?? '',
    };
}
const PROXY_VARIABLE = /^(https?|all|ftp|no)_proxy$/i;
/** HTTP_PROXY, https_proxy, ALL_PROXY, NO_PROXY\u2026 in either case. */
function isProxyVariable(name) {
    return PROXY_VARIABLE.test(name);
}
/** True for a URL on this machine (127.0.0.0/8, ::1, localhost): never sent through a proxy. */
function isLoopbackUrl(url) {
    let host;
    try {
        host = new URL(url).hostname;
    }
    catch {
        return false;
    }
    return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
/**
 * Node compiles its fetch (a large internal module) on first use, which costs a first request tens
 * of milliseconds: callers that wait on something else first (the sandbox probe's process) load it
 * in the meantime. Reading `globalThis.Headers` runs Node's lazy getter that loads it; through
 * Reflect.get because the bundler drops a plain read of a known global as having no effect.
 */
function preloadFetch() {
    Reflect.get(globalThis, 'Headers');
}
/**
 * A fetch that honours the environment's proxy variables. Without any it is Node's own fetch, so
 * nothing changes for a runner that needs no proxy.
 */
function proxyFetch(env = process.env) {
    const settings = proxySettings(env);
    if (settings.httpProxy === undefined && settings.httpsProxy === undefined)
        return globalThis.fetch;
    const options = {
        // Empty strings, not undefined: undici would otherwise fall back to process.env for a missing one.
        httpProxy: settings.httpProxy ?? '',
        httpsProxy: settings.httpsProxy ?? '',
        noProxy: settings.noProxy,
        // Plain http goes to the proxy as an absolute-URI request, as curl sends it: many proxies
        // (Squid's default) refuse CONNECT to any port but 443. https is always a CONNECT tunnel.
        proxyTunnel: false,
    };
    let proxied;
    return async (input, init) => {
        if (isLoopbackUrl(urlOf(input)))
            return globalThis.fetch(input, init);
        const undici = await loadUndici();
        proxied ??= withoutExperimentalWarning(() => new undici.EnvHttpProxyAgent(options));
        // undici's fetch is the one Node's is built from; its Response is the same web Response.
        const response = await undici.fetch(requestInfo(input), {
            ...init,
            dispatcher: proxied,
        });
        return response;
    };
}
const importUndici = () => import('./index2.js').then(function (n) { return n.i; });
let undiciModule;
/** undici is a megabyte of code: loaded at the first proxied request, not at start-up. */
function loadUndici() {
    undiciModule ??= importUndici();
    return undiciModule;
}
/**
 * undici warns once per process that EnvHttpProxyAgent is experimental; on a runner that line lands
 * in every job log behind a proxy and says nothing the user can act on. Only that warning is held back.
 */
function withoutExperimentalWarning(build) {
    const emitWarning = process.emitWarning;
    process.emitWarning = ((warning, ...rest) => {
        const options = rest[0];
        const code = typeof options === 'object' && options !== null ? options.code : rest[1];
        if (code === 'UNDICI-EHPA')
            return;
        Reflect.apply(emitWarning, process, [warning, ...rest]);
    });
    try {
        return build();
    }
    finally {
        process.emitWarning = emitWarning;
    }
}
function urlOf(input) {
    if (typeof input === 'string')
        return input;
    return input instanceof URL ? input.href : input.url;
}
/** A web Request from Node's own fetch is not undici's class; undici would read it as a string. */
function requestInfo(input) {
    if (typeof input === 'string' || input instanceof URL)
        return input;
    throw new TypeError(`proxyFetch takes a URL, not a Request object (${input.url})`);
}

// The one policy for which environment variables hold secrets and which values are long enough to
// redact: shared by the sandbox (never pass them on), the redactor (never post them) and the loop
// (never show them to the model).
const SECRET_NAME_PARTS = ['KEY', 'SECRET', 'TOKEN', 'PASSWORD', 'CREDENTIAL'];
/** Shorter values are not redacted: a 3-letter secret would shred ordinary words. */
const MIN_SECRET_LENGTH = 6;
/** True for a variable name that looks like it holds a credential (KEY, SECRET, TOKEN, PASSWORD, CREDENTIAL). */
function isSecretName(name) {
    const upper = name.toUpperCase();
    return SECRET_NAME_PARTS.some((part) => upper.includes(part));
}
/** Values of secret-looking variables, long enough to be redacted wherever they surface. */
function secretValuesFromEnv(env) {
    return Object.entries(env)
        .filter(([name]) => isSecretName(name))
        .map(([, value]) => value ?? '')
        .filter((value) => value.length >= MIN_SECRET_LENGTH);
}

// Folder walks that run before every sandboxed command (sockets under HOME, git folders in the
// workspace) give the same answer while none of the folders they read has changed: creating,
// removing or renaming an entry changes its folder's mtime. A cached answer is reused only after
// every folder it read still has the mtime it had, and never when a folder changed so recently
// that a change in the same clock tick could go unseen (git's "racy" rule): then the walk runs again.
/** Coarse file timestamps tick every few milliseconds; anything this recent is not trusted. */
const RACY_MS = 100;
class WalkCache {
    entries = new Map();
    /** The cached answer for `key`, if every folder it read is unchanged. */
    get(key) {
        const entry = this.entries.get(key);
        if (!entry)
            return undefined;
        for (const [folder, mtime] of entry.folders) {
            if (mtimeOf(folder) !== mtime) {
                this.entries.delete(key);
                return undefined;
            }
        }
        return entry.value;
    }
    /** Keeps `value`, read from `folders` by a walk that started at `startedAt` (Date.now()). */
    set(key, folders, value, startedAt) {
        const seen = new Map();
        for (const folder of folders) {
            const mtime = mtimeOf(folder);
            if (mtime === undefined || mtime >= startedAt - RACY_MS)
                return;
            seen.set(folder, mtime);
        }
        this.entries.set(key, { folders: seen, value });
    }
}
function mtimeOf(folder) {
    try {
        return fs.statSync(folder).mtimeMs;
    }
    catch {
        return undefined;
    }
}

// Host paths a sandboxed command must never read or connect to: the runner's temp folder and file
// commands, the runner's own credentials, every credential file or folder under HOME (while the
// toolchains setup-* actions install there stay readable: only the secret files go), and the Unix
// sockets of host services under HOME (those under /run, /var/run and /tmp go with the private
// mounts, see bwrap.ts). A socket is reachable through a read-only mount, so it must be covered.
/** Relative to HOME: files and folders that hold credentials, never code a build needs. */
const HOME_CREDENTIALS = [
    ...['.ssh', '.gnupg', '.docker', '.netrc', '.git-credentials', '.config/git/credentials'],
    ...['.npmrc', '.yarnrc', '.yarnrc.yml', '.pypirc', '.config/pip/pip.conf', '.gem/credentials'],
    ...['.cargo/credentials', '.cargo/credentials.toml', '.aws', '.azure', '.kube', '.config/gcloud'],
    ...['.config/gh', '.config/hub', '.config/containers/auth.json', '.pgpass', '.my.cnf'],
    ...['.terraform.d/credentials.tfrc.json', '.m2/settings-security.xml', '.local/share/keyrings'],
];
/** The runner's install folder when we run under its bundled Node (`<root>/externals/nodeNN/bin/node`). */
function runnerRootOf(execPath) {
    const match = /^(.+)\/externals\/node\d*\/bin\/node$/.exec(execPath);
    return match?.[1];
}
const SOCKET_SCAN_DEPTH = 4;
const SOCKET_SCAN_ENTRIES = 20_000;
const SKIPPED_IN_HOME = new Set(['node_modules', '.git', '.cache', '.npm', '.cargo', '.rustup', 'go']);
/**
 * Unix sockets under `home` (gpg-agent, ssh-agent, an IDE's or a rootless docker's), skipping the
 * folders shown to the sandbox anyway (a command's own socket there is its business) and big
 * caches. Bounded, so a huge HOME costs milliseconds, not seconds.
 */
function socketsUnder(home, skip) {
    const key = JSON.stringify([home, skip]);
    const cached = socketScans.get(key);
    if (cached)
        return [...cached];
    const startedAt = Date.now();
    const read = [];
    const found = [];
    let budget = SOCKET_SCAN_ENTRIES;
    const visit = (dir, depth) => {
        let entries;
        read.push(dir);
        try {
            entries = fs.readdirSync(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            if (--budget < 0)
                return;
            const full = path.join(dir, entry.name);
            if (entry.isSocket())
                found.push(full);
            else if (entry.isDirectory() && depth > 0 && !SKIPPED_IN_HOME.has(entry.name) && !skip.includes(full))
                visit(full, depth - 1);
        }
    };
    visit(home, SOCKET_SCAN_DEPTH);
    // A folder that could not be read is kept too: it appearing changes its parent's mtime.
    socketScans.set(key, read, found, startedAt);
    return [...found];
}
/** The scan runs before every command; reused while no folder it read has changed. */
const socketScans = new WalkCache();
/** Host paths the model must never read: runner temp and file commands, credentials, sockets. */
function pathsToHide(parentEnv, execPath, boundRoots = []) {
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
        for (const secret of HOME_CREDENTIALS)
            candidates.push(path.join(home, secret));
        if (path.isAbsolute(home) && home !== '/')
            candidates.push(...socketsUnder(home, boundRoots));
    }
    if (parentEnv.XDG_CONFIG_HOME)
        candidates.push(path.join(parentEnv.XDG_CONFIG_HOME, 'gh'));
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

// Policy \u2192 bubblewrap argv. Pure apart from looking at which paths exist (bwrap refuses to mount on
// a path it cannot find, and follows no symlink in a destination, so destinations are real paths).
/**
 * Host folders replaced by private, empty, size-capped tmpfs: /tmp, and /run (with /var/run, its
 * usual link) whose Unix sockets (docker, systemd, dbus, nscd\u2026) would be reachable otherwise.
 */
function privateMounts(inspect) {
    const mounts = ['/tmp'];
    for (const folder of ['/run', '/var/run']) {
        const found = inspect(folder);
        if (found?.kind === 'dir' && !mounts.includes(found.realPath))
            mounts.push(found.realPath);
    }
    return mounts;
}
/** Files under /run that name resolution reads (`/etc/resolv.conf` \u2192 systemd-resolved's stub file). */
function resolverFiles(inspect, mounts) {
    const resolv = inspect('/etc/resolv.conf');
    if (resolv?.kind !== 'file')
        return [];
    return mounts.some((mount) => mount !== '/tmp' && isInside(resolv.realPath, mount)) ? [resolv.realPath] : [];
}
function tmpfsArgs(target, input) {
    const sizeMb = input.policy.limits?.tmpSizeMb;
    if (sizeMb === undefined || !input.support?.sizeOption)
        return ['--tmpfs', target];
    return ['--size', String(sizeMb * 1024 * 1024), '--tmpfs', target];
}
/** The command, under a process cap when one is set and prlimit is there (RLIMIT_NPROC, hard). */
function limitedArgv(input) {
    const processes = input.policy.limits?.maxProcesses;
    const prlimit = input.support?.prlimit;
    if (processes === undefined || prlimit === undefined)
        return input.argv;
    return [prlimit, `--nproc=${processes}:${processes}`, '--', ...input.argv];
}
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
        // The native realpath is one system call; the JS one lstats every component of the path.
        return { kind: stat.isDirectory() ? 'dir' : 'file', realPath: fs.realpathSync.native(hostPath) };
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
function hideArgs(kind, target, readOnly) {
    if (kind === 'file')
        return ['--ro-bind', '/dev/null', target];
    return readOnly ? ['--tmpfs', target, '--remount-ro', target] : ['--tmpfs', target];
}
function mountArgs(input, inspect, mounts, hidden) {
    const args = ['--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc'];
    for (const mount of mounts.privateMounts)
        args.push(...tmpfsArgs(mount, input));
    for (const file of resolverFiles(inspect, mounts.privateMounts))
        args.push('--ro-bind', file, file);
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
    // A file under the private /tmp or a hidden folder is not there to replace (and bwrap would create it).
    const dirs = hidden.filter((item) => item.kind === 'dir').map((item) => item.target);
    const covers = [...mounts.privateMounts, ...dirs];
    const visibleRoots = [...mounts.boundRoots, ...mounts.runtimeRoots];
    for (const override of input.fileOverrides ?? []) {
        if (stillVisible(override.target, covers, visibleRoots))
            args.push('--ro-bind', override.source, override.target);
    }
    for (const hide of hidden.filter((item) => !item.containsRoot))
        args.push(...hideArgs(hide.kind, hide.target, true));
    return args;
}
/**
 * A host path is still visible inside unless something mounted over an ancestor (the private /tmp,
 * or an emptied folder) \u2014 and no bound root under that ancestor brings it back.
 */
function stillVisible(target, covers, boundRoots) {
    return covers.every((cover) => {
        if (!isInside(target, cover))
            return true;
        return boundRoots.some((root) => isInside(target, root) && isInside(root, cover) && root !== cover);
    });
}
function hiddenPaths(input, inspect, boundRoots, privateMounts) {
    const found = pathsToHide(input.parentEnv, input.execPath ?? process.execPath, boundRoots)
        .map((candidate) => inspect(candidate))
        .filter((item) => item !== undefined && item.realPath !== '/')
        // Parents first: an emptied folder already hides what is under it, and mounting there would fail.
        .sort((a, b) => a.realPath.length - b.realPath.length);
    const hidden = [];
    const covers = [...privateMounts];
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
    const mounts = privateMounts(inspect);
    const runtime = realRoots(input.runtimeRoots ?? runtimeRoots(input.execPath ?? process.execPath), inspect).filter((root) => mounts.some((mount) => isInside(root, mount) && root !== mount) &&
        !boundRoots.some((bound) => isInside(root, bound)));
    // Secrets under a runtime root are hidden again, like under any root shown inside the sandbox.
    const hidden = hiddenPaths(input, inspect, [...boundRoots, ...runtime], mounts);
    const allMounts = { boundRoots, writableRoots, runtimeRoots: runtime, privateMounts: mounts };
    return [
        ...namespaceArgs(input.policy, input.grant),
        ...mountArgs(input, inspect, allMounts, hidden),
        '--chdir',
        input.cwd,
        '--',
        ...limitedArgv(input),
    ];
}

// Where git keeps configuration a sandboxed command could read credentials from: every git folder
// of the repositories the sandbox shows (the repository itself, its submodules and nested
// submodules under `.git/modules/`, the main repository of a linked worktree), nested checkouts in
// the workspace, and the user's and the system's global configs. actions/checkout with
// `submodules: true` writes the token's extraheader into each `.git/modules/*/config`.
/** Folders inside a git folder that hold objects and history, never configuration. */
const SKIPPED_IN_GIT_DIR = new Set(['objects', 'refs', 'logs', 'lfs', 'rr-cache']);
/** Folders of a workspace not searched for nested checkouts: big, and never a checkout. */
const SKIPPED_IN_WORKSPACE = new Set(['node_modules', '.git', 'target', 'dist', 'build', 'vendor']);
const MAX_ENTRIES = 20_000;
const NESTED_CHECKOUT_DEPTH = 4;
/** What a git folder or a `.git` file (`gitdir: \u2026`, worktrees and submodules) leads to. */
async function gitDirsOf(dotGit, read) {
    const stat = await fs$1.lstat(dotGit).catch(() => undefined);
    if (!stat)
        return [];
    if (stat.isDirectory())
        return [await fs$1.realpath(dotGit)];
    if (!stat.isFile())
        return [];
    read.push(dotGit);
    const text = await fs$1.readFile(dotGit, 'utf8').catch(() => '');
    const pointer = /^gitdir:\s*(.+?)\s*$/m.exec(text)?.[1];
    if (!pointer)
        return [];
    const gitDir = await fs$1.realpath(path.resolve(path.dirname(dotGit), pointer)).catch(() => undefined);
    if (!gitDir)
        return [];
    // A linked worktree's `commondir` is the main repository's git folder, with its config.
    read.push(gitDir);
    const common = (await fs$1.readFile(path.join(gitDir, 'commondir'), 'utf8').catch(() => '')).trim();
    const commonDir = common
        ? await fs$1.realpath(path.resolve(gitDir, common)).catch(() => undefined)
        : undefined;
    return commonDir ? [gitDir, commonDir] : [gitDir];
}
/** The git folders of the repository enclosing `folder` (the folder itself or a parent). */
async function enclosingGitDirs(folder, read) {
    let current = path.resolve(folder);
    for (;;) {
        read.push(current);
        const found = await gitDirsOf(path.join(current, '.git'), read);
        if (found.length > 0)
            return found;
        const parent = path.dirname(current);
        if (parent === current)
            return [];
        current = parent;
    }
}
/** `.git` entries of checkouts nested in `root` (another repository checked out with `path:`). */
async function nestedGitDirs(root, read) {
    const found = [];
    let budget = MAX_ENTRIES;
    const visit = async (dir, depth) => {
        read.push(dir);
        const entries = await fs$1.readdir(dir, { withFileTypes: true }).catch(() => []);
        for (const entry of entries) {
            if (--budget < 0)
                return;
            const full = path.join(dir, entry.name);
            if (entry.name === '.git' && dir !== root)
                found.push(...(await gitDirsOf(full, read)));
            else if (entry.isDirectory() && depth > 0 && !SKIPPED_IN_WORKSPACE.has(entry.name))
                await visit(full, depth - 1);
        }
    };
    await visit(root, NESTED_CHECKOUT_DEPTH);
    return found;
}
/** Every file under a git folder that is a config (`config`, `config.worktree`) or names credentials. */
async function configFilesIn(gitDir, read = []) {
    const configs = [];
    const credentials = [];
    let budget = MAX_ENTRIES;
    const visit = async (dir) => {
        read.push(dir);
        const entries = await fs$1.readdir(dir, { withFileTypes: true }).catch(() => []);
        for (const entry of entries) {
            if (--budget < 0)
                return;
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) {
                if (!SKIPPED_IN_GIT_DIR.has(entry.name))
                    await visit(full);
            }
            else if (entry.isFile()) {
                if (entry.name === 'config' || entry.name === 'config.worktree')
                    configs.push(full);
                else if (/credential|netrc/i.test(entry.name))
                    credentials.push(full);
            }
        }
    };
    await visit(gitDir);
    return { configs, credentials };
}
/** The git folders a sandbox showing `folders` exposes: enclosing, pointed-to and nested ones. */
async function gitDirsFor(folders, read = []) {
    const gitDirs = new Set();
    for (const folder of folders) {
        for (const gitDir of await enclosingGitDirs(folder, read))
            gitDirs.add(gitDir);
        for (const gitDir of await nestedGitDirs(folder, read))
            gitDirs.add(gitDir);
    }
    // A folder nested in another is searched as part of it.
    const sorted = [...gitDirs].sort((a, b) => a.length - b.length);
    return sorted.filter((dir, index) => !sorted.slice(0, index).some((outer) => isUnder(dir, outer)));
}
function isUnder(child, parent) {
    const relative = path.relative(parent, child);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
/** git's global and system config files for these home folders (the ones that exist are read). */
function globalConfigFiles(parentEnv, homes) {
    const files = ['/etc/gitconfig'];
    for (const home of homes) {
        files.push(path.join(home, '.gitconfig'), path.join(home, '.config', 'git', 'config'));
    }
    if (parentEnv.XDG_CONFIG_HOME)
        files.push(path.join(parentEnv.XDG_CONFIG_HOME, 'git', 'config'));
    if (parentEnv.GIT_CONFIG_GLOBAL)
        files.push(parentEnv.GIT_CONFIG_GLOBAL);
    return files.filter((file) => path.isAbsolute(file));
}
/** git's default credential-store files for these home folders. */
function defaultCredentialFiles(parentEnv, homes) {
    const files = homes.flatMap((home) => [
        path.join(home, '.git-credentials'),
        path.join(home, '.config', 'git', 'credentials'),
    ]);
    if (parentEnv.XDG_CONFIG_HOME)
        files.push(path.join(parentEnv.XDG_CONFIG_HOME, 'git', 'credentials'));
    return files.filter((file) => path.isAbsolute(file));
}

// actions/checkout v4 persists the job token as `http.<url>.extraheader` in `.git/config` and, with
// submodules, in every `.git/modules/*/config` (v5+ moves it to a file under RUNNER_TEMP, pulled in
// by includeIf). The model may read any git config, so each command sees copies without credentials
// (extraheaders, [credential] sections, passwords or tokens in URLs) and the files they point at
// (includes, credential stores) empty.
const SECTION_HEADER = /^\s*\[([^\]]*)\](.*)$/;
const EXTRAHEADER_KEY = /^\s*extraheader\s*(=|$)/i;
function isCredentialSection(header) {
    return /^credential(\s|"|\.|$)/i.test(header.trim());
}
/** `https://user:token@host` \u2192 `https://host`: a token given as the user name counts too. */
const URL_USERINFO = /\b(https?:\/\/)[^\s/@"]+@/gi;
/** A git config's text without `extraheader` entries, `[credential]` sections or URL credentials. */
function sanitizeGitConfig(text) {
    return dropCredentialEntries(text).replace(URL_USERINFO, '$1');
}
function dropCredentialEntries(text) {
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
            // `[http] extraheader = \u2026` on the header line itself is valid git syntax.
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
function expandPath(value, configFile, home) {
    const unquoted = value.replace(/^"(.*)"$/, '$1');
    if (unquoted.startsWith('~/'))
        return home ? path.join(home, unquoted.slice(2)) : undefined;
    return path.resolve(path.dirname(configFile), unquoted);
}
/** What a config points at that may hold credentials: its includes and credential-store files. */
function referencedFiles(text, configFile, home) {
    const referenced = [];
    let section = '';
    for (const line of text.split('\n')) {
        const header = SECTION_HEADER.exec(line);
        if (header)
            section = (header[1] ?? '').trim().toLowerCase();
        const entry = /^\s*(?:\[[^\]]*\])?\s*([A-Za-z][\w-]*)\s*=\s*(.*?)\s*$/.exec(line);
        if (!entry)
            continue;
        const key = (entry[1] ?? '').toLowerCase();
        const value = entry[2] ?? '';
        if (key === 'path' && /^include(if)?\b/.test(section)) {
            const target = expandPath(value, configFile, home);
            if (target)
                referenced.push(target);
        }
        const store = /^"?store\b.*--file[= ]\s*("[^"]+"|\S+)/.exec(value);
        if (key === 'helper' && /^credential\b/.test(section) && store?.[1]) {
            const target = expandPath(store[1], configFile, home);
            if (target)
                referenced.push(target);
        }
    }
    return { referenced };
}
class OverrideWriter {
    overrides = [];
    covered = new Set();
    tempDir;
    async replace(target, text) {
        if (this.covered.has(target))
            return;
        this.covered.add(target);
        this.tempDir ??= await fs$1.mkdtemp(path.join(os.tmpdir(), 'codex-sandbox-gitconfig-'));
        const source = path.join(this.tempDir, `config-${this.overrides.length}`);
        await fs$1.writeFile(source, text, { mode: 0o444 });
        this.overrides.push({ source, target });
    }
    /** A credential file: shown empty. */
    async hide(target) {
        const real = await fs$1.realpath(target).catch(() => undefined);
        const stat = real ? await fs$1.stat(real).catch(() => undefined) : undefined;
        if (real && stat?.isFile())
            await this.replace(real, '');
    }
    cleanup = async () => {
        if (this.tempDir)
            await fs$1.rm(this.tempDir, { recursive: true, force: true });
    };
}
/** The walks run before every command; reused while no folder or `.git` file they read changed. */
const discoveries = new WalkCache();
/** Config and credential files in every git folder the sandbox shows (the contents are read afresh). */
async function gitConfigFilesFor(folders) {
    const key = JSON.stringify(folders);
    const cached = discoveries.get(key);
    if (cached)
        return cached;
    const startedAt = Date.now();
    const read = [];
    const found = { configs: [], credentials: [] };
    for (const gitDir of await gitDirsFor(folders, read)) {
        const files = await configFilesIn(gitDir, read);
        found.configs.push(...files.configs);
        found.credentials.push(...files.credentials);
    }
    discoveries.set(key, read, found, startedAt);
    return found;
}
async function prepareSanitizedGitConfigs(folders, parentEnv = {}) {
    const homes = [...new Set([parentEnv.HOME, os.homedir()].filter((home) => Boolean(home)))];
    const writer = new OverrideWriter();
    const found = await gitConfigFilesFor(folders);
    const configs = [...globalConfigFiles(parentEnv, homes), ...found.configs];
    const credentials = [...defaultCredentialFiles(parentEnv, homes), ...found.credentials];
    for (const config of configs) {
        const real = await fs$1.realpath(config).catch(() => undefined);
        const original = real ? await fs$1.readFile(real, 'utf8').catch(() => undefined) : undefined;
        if (real === undefined || original === undefined)
            continue;
        credentials.push(...referencedFiles(original, real, homes[0]).referenced);
        const sanitized = sanitizeGitConfig(original);
        if (sanitized !== original)
            await writer.replace(real, sanitized);
    }
    for (const file of credentials)
        await writer.hide(file);
    return { overrides: writer.overrides, cleanup: writer.cleanup };
}

// Runs one argv (no shell) in its own process group: output capped while read, a timeout and an
// abort that take the whole group down, and no survivors once the main process has exited.
const DEFAULT_OUTPUT_CAP_BYTES = 1024 * 1024;
const TERM_GRACE_MS = 500;
// After the main process exits, how long to wait for its pipes to close before giving up on them
// (a daemon that left the group \u2014 `setsid` \u2014 may hold them open forever under danger-full-access).
const PIPE_DRAIN_MS = 1000;
const FALLBACK_PATH$1 = '/usr/local/bin:/usr/bin:/bin';
/** `bash` \u2192 `/usr/bin/bash` through the command's PATH (or a default one when the policy left none). */
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
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        child.stdin.on('error', () => { }); // EPIPE once the command has exited: nothing to tell
        // Without a caller to write to it, stdin is at its end at once, as /dev/null would be.
        if (request.onStdin)
            request.onStdin(child.stdin);
        else
            child.stdin.end();
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
        const onData = (chunk) => {
            output.add(chunk);
            request.onOutput?.(chunk);
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
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
            child.stdin.destroy();
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

// The environment a model's command sees, built from Codex's [shell_environment_policy]. The model is
// hostile, so by default anything that looks like a credential never reaches it.
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
/**
 * What the action passes when the config does not set `inherit`: an allow-list, so a secret the
 * filters do not name (GH_PAT, NPM_AUTH, DATABASE_URL, SENTRY_DSN) never reaches a command. The
 * runner's documented non-secret variables, locale, and the homes that setup-* actions export.
 */
const RUNNER_ENV_ALLOW_LIST = [
    ...['HOME', 'PATH', 'USER', 'LOGNAME', 'SHELL', 'TMPDIR', 'TEMP', 'TMP', 'TERM', 'TZ', 'CI'],
    ...['LANG', 'LANGUAGE', 'LC_*', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'XDG_DATA_HOME', 'DEBIAN_FRONTEND'],
    ...[
        'GITHUB_ACTIONS',
        'GITHUB_ACTION',
        'GITHUB_ACTION_PATH',
        'GITHUB_ACTION_REF',
        'GITHUB_ACTION_REPOSITORY',
    ],
    ...['GITHUB_ACTOR', 'GITHUB_ACTOR_ID', 'GITHUB_TRIGGERING_ACTOR', 'GITHUB_API_URL', 'GITHUB_GRAPHQL_URL'],
    ...['GITHUB_SERVER_URL', 'GITHUB_BASE_REF', 'GITHUB_HEAD_REF', 'GITHUB_EVENT_NAME', 'GITHUB_JOB'],
    ...['GITHUB_REF', 'GITHUB_REF_NAME', 'GITHUB_REF_PROTECTED', 'GITHUB_REF_TYPE', 'GITHUB_SHA'],
    ...['GITHUB_REPOSITORY', 'GITHUB_REPOSITORY_ID', 'GITHUB_REPOSITORY_OWNER', 'GITHUB_REPOSITORY_OWNER_ID'],
    ...[
        'GITHUB_RETENTION_DAYS',
        'GITHUB_RUN_ATTEMPT',
        'GITHUB_RUN_ID',
        'GITHUB_RUN_NUMBER',
        'GITHUB_WORKSPACE',
    ],
    ...['GITHUB_WORKFLOW', 'GITHUB_WORKFLOW_REF', 'GITHUB_WORKFLOW_SHA'],
    ...['RUNNER_ARCH', 'RUNNER_DEBUG', 'RUNNER_ENVIRONMENT', 'RUNNER_NAME', 'RUNNER_OS', 'RUNNER_TOOL_CACHE'],
    ...['RUNNER_WORKSPACE', 'AGENT_TOOLSDIRECTORY', 'ImageOS', 'ImageVersion'],
    // Toolchains (actions/setup-java, -go, -python, -dotnet, android, rust, nvm, gradle, maven\u2026).
    ...['JAVA_HOME', 'JAVA_HOME_*', 'GOROOT', 'GOROOT_*', 'GOPATH', 'GOBIN', 'GOTOOLCHAIN', 'GOFLAGS'],
    ...['pythonLocation', 'Python_ROOT_DIR', 'Python?_ROOT_DIR', 'PKG_CONFIG_PATH', 'LD_LIBRARY_PATH'],
    ...['DOTNET_ROOT', 'DOTNET_NOLOGO', 'DOTNET_CLI_TELEMETRY_OPTOUT', 'DOTNET_SKIP_FIRST_TIME_EXPERIENCE'],
    ...['ANDROID_HOME', 'ANDROID_SDK_ROOT', 'ANDROID_NDK', 'ANDROID_NDK_HOME', 'ANDROID_NDK_ROOT'],
    ...['ANDROID_NDK_LATEST_HOME', 'CARGO_HOME', 'RUSTUP_HOME', 'RUSTUP_TOOLCHAIN', 'NVM_DIR', 'PNPM_HOME'],
    ...['BUN_INSTALL', 'DENO_INSTALL', 'DENO_DIR', 'GRADLE_HOME', 'GRADLE_USER_HOME', 'MAVEN_HOME', 'M2_HOME'],
    ...['CONDA', 'VCPKG_INSTALLATION_ROOT', 'PIPX_HOME', 'PIPX_BIN_DIR', 'GHCUP_INSTALL_BASE_PREFIX'],
    ...['CHROME_BIN', 'CHROMEWEBDRIVER', 'EDGEWEBDRIVER', 'GECKOWEBDRIVER', 'SELENIUM_JAR_PATH'],
];
/** Built on first use: `exec` (which inherits `all`) need not spend start-up time on them. */
let runnerEnvPatterns;
/** Is this variable on the action's allow-list (or named by the config's `include_only`)? */
function allowedOnRunner(name, includeOnly) {
    runnerEnvPatterns ??= RUNNER_ENV_ALLOW_LIST.map((glob) => globToRegExpCaseSensitive(glob));
    return matchesAny(name, runnerEnvPatterns) || matchesAny(name, includeOnly);
}
// GITHUB_TOKEN is already caught by TOKEN; listed so the intent survives an edit of the parts above.
// ACTIONS_* carries the runner's cache/OIDC/runtime endpoints, INPUT_* every action input (api-key\u2026).
const DEFAULT_EXCLUDE_GLOBS = ['GITHUB_TOKEN', 'ACTIONS_*', 'INPUT_*'];
/** Case-insensitive glob (`*`, `?`, `[abc]`) over the whole name, as Codex's wildmatch patterns. */
function globToRegExp(glob) {
    return new RegExp(globToRegExpCaseSensitive(glob).source, 'i');
}
function globToRegExpCaseSensitive(glob) {
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
    return new RegExp(`^${source}$`);
}
function matchesAny(name, patterns) {
    return patterns.some((pattern) => pattern.test(name));
}
const DEFAULT_EXCLUDE_PATTERNS = DEFAULT_EXCLUDE_GLOBS.map(globToRegExp);
/** True for names the default excludes drop (KEY, SECRET, TOKEN, PASSWORD, CREDENTIAL; GITHUB_TOKEN, ACTIONS_*, INPUT_*). */
function isDefaultExcluded(name) {
    return isSecretName(name) || matchesAny(name, DEFAULT_EXCLUDE_PATTERNS);
}
function inheritedEntries(inherit, parentEnv, includeOnly) {
    if (inherit === 'none')
        return [];
    const entries = Object.entries(parentEnv).filter((entry) => entry[1] !== undefined);
    if (inherit === 'all')
        return entries;
    if (inherit === 'runner')
        return entries.filter(([name]) => allowedOnRunner(name, includeOnly));
    return entries.filter(([name]) => CORE_ENV_VARS.includes(name));
}
/**
 * Codex order: inherit (all | core | none) \u2192 default excludes (unless ignored) \u2192 `exclude` globs \u2192
 * `set` \u2192 `includeOnly` globs when non-empty. Under `none` there is no PATH; the runner resolves
 * the program itself so a bare `bash` still starts. A policy without `inherit` takes
 * `defaultInherit`: `all` as in Codex (exec), `runner` in the action \u2014 the allow-list above, where
 * `includeOnly` names variables to pass on top of it, and `set` still applies.
 */
function buildCommandEnv(policy, parentEnv, defaultInherit = 'all') {
    const inherit = policy.inherit ?? defaultInherit;
    const includePatterns = policy.includeOnly.map(globToRegExp);
    const excludePatterns = policy.exclude.map(globToRegExp);
    const env = {};
    for (const [name, value] of inheritedEntries(inherit, parentEnv, includePatterns)) {
        if (!policy.ignoreDefaultExcludes && isDefaultExcluded(name))
            continue;
        if (matchesAny(name, excludePatterns))
            continue;
        env[name] = value;
    }
    Object.assign(env, policy.set);
    if (policy.includeOnly.length === 0 || inherit === 'runner')
        return env;
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
    const configs = await prepareSanitizedGitConfigs([policy.workspace, ...writableRootsOf(policy)], options.parentEnv);
    const args = buildBwrapArgs({
        policy,
        argv: [resolved, ...programArgs],
        cwd: options.cwd,
        parentEnv: options.parentEnv,
        fileOverrides: configs.overrides,
        support: options.bwrap?.support,
    });
    const bwrapPath = options.bwrap?.path ??
        resolveProgram('bwrap', { PATH: `${options.parentEnv.PATH ?? ''}:${FALLBACK_PATH}` });
    return { command: bwrapPath, args, env, cwd: '/', cleanup: configs.cleanup };
}
/**
 * The environment of a sandboxed program: `shell_environment_policy`, with a TMPDIR the sandbox can
 * write (often RUNNER_TEMP, which is hidden, else the sandbox's private /tmp), and the proxy
 * variables only when the program has network (without, the proxy is unreachable anyway, and its
 * address and any credentials in it are nothing the program needs to see).
 */
function policyEnv(policy, envPolicy, parentEnv, sandboxed, network = networkAllowed(policy)) {
    const env = buildCommandEnv(envPolicy, parentEnv);
    if (!network)
        for (const name of Object.keys(env))
            if (isProxyVariable(name))
                delete env[name];
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
        const reason = errorMessage(error);
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

// Model-facing names of MCP tools: `mcp__<server>__<tool>`, reduced to what every wire API accepts
// (`^[a-zA-Z0-9_-]{1,64}$`). Deterministic, so the tool list stays a stable prefix across runs, and
// collision-safe: a name that is too long or already taken ends in a hash of the original pair.
const MAX_TOOL_NAME_LENGTH = 64;
const HASH_LENGTH = 12;
const SEPARATOR = '__';
function sanitize(text) {
    return text.replace(/[^a-zA-Z0-9_-]/g, '_');
}
function hashOf(pair, attempt) {
    // NUL cannot appear in either part, so distinct pairs never hash the same input.
    const input = `${pair.server}\0${pair.tool}\0${attempt}`;
    return createHash('sha1').update(input).digest('hex').slice(0, HASH_LENGTH);
}
function withHash(name, pair, attempt = 0) {
    return `${name.slice(0, MAX_TOOL_NAME_LENGTH - HASH_LENGTH - 1)}_${hashOf(pair, attempt)}`;
}
/** The name one tool gets when nothing else competes for it. */
function qualifiedToolName(pair) {
    const name = sanitize(`mcp${SEPARATOR}${pair.server}${SEPARATOR}${pair.tool}`);
    return name.length <= MAX_TOOL_NAME_LENGTH ? name : withHash(name, pair);
}
/**
 * Names for a set of tools, keyed by `keyOf`; `taken` holds names already in use (built-in tools).
 * Pairs are taken in sorted order, so which of two colliding tools keeps the plain name does not
 * depend on the order the servers answered in.
 */
function assignToolNames(pairs, taken = []) {
    const used = new Set(taken);
    const names = new Map();
    const sorted = [...pairs].sort((a, b) => compare(a.server, b.server) || compare(a.tool, b.tool));
    for (const pair of sorted) {
        const key = keyOf(pair);
        if (names.has(key))
            continue; // the very same server and tool twice: keep the first
        let name = qualifiedToolName(pair);
        for (let attempt = 1; used.has(name); attempt++)
            name = withHash(name, pair, attempt);
        used.add(name);
        names.set(key, name);
    }
    return names;
}
function keyOf(pair) {
    return `${pair.server}\0${pair.tool}`;
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

export { MIN_SECRET_LENGTH as M, parseJsonObject as a, invalid as b, isInside as c, runProcess as d, prepareSanitizedGitConfigs as e, buildBwrapArgs as f, policyEnv as g, preloadFetch as h, isLoopbackUrl as i, sandboxedSpawnSpec as j, assignToolNames as k, keyOf as l, networkAllowed as n, proxyFetch as p, qualifiedToolName as q, resolveProgram as r, secretValuesFromEnv as s, writableRootsOf as w };
