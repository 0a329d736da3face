import module$1 from 'node:module';
import path from 'node:path';
import { a as applyPatch, V as VERSION } from './chunks/version.js';
import 'node:crypto';
import 'node:os';
import 'node:fs';
import 'node:fs/promises';
import './chunks/errors.js';

// `node dist/cli.js apply_patch [PATCH]`: Codex's standalone apply_patch. The patch is the last
// argument, or all of stdin when absent; paths resolve against (and must stay in) the current folder.
const USAGE$1 = "Usage: apply_patch 'PATCH'\n       echo 'PATCH' | apply_patch\n";
async function runApplyPatchCli(patchArgument, cwd) {
    const patch = patchArgument ?? (await readStdin());
    if (patch === '') {
        process.stderr.write(USAGE$1);
        return 2;
    }
    const result = await applyPatch(patch, { workspace: cwd });
    await write(process.stdout, result.stdout);
    await write(process.stderr, result.stderr);
    return result.exitCode;
}
async function readStdin() {
    if (process.stdin.isTTY)
        return '';
    const chunks = [];
    for await (const chunk of process.stdin)
        chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    return Buffer.concat(chunks).toString('utf8');
}
function write(stream, text) {
    if (text === '')
        return Promise.resolve();
    return new Promise((resolve) => stream.write(text, () => resolve()));
}

// Local entry point: `exec` runs the agent on a folder like `codex exec`; `apply_patch` applies a
// Codex-format patch in the current folder.
/**
 * Node \u2265 22.1 keeps the bundle's compiled code on disk, so a later start skips most of compiling
 * it (Node 20 has no such cache and starts as before). The cache lives beside the bundle, not in a
 * shared temp folder: whoever can write it can run code in this process, and whoever can write
 * beside the bundle can already change the bundle. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
 */
function enableCompileCache() {
    const enable = module$1.enableCompileCache;
    enable?.(path.join(import.meta.dirname, '.compile-cache'));
}
const USAGE = `Usage: node dist/cli.js <COMMAND>

Commands:
  exec         Run the agent non-interactively on a folder (see: exec --help)
  apply_patch  Apply a Codex-format patch in the current folder [PATCH, else stdin]

Options:
  -h, --help     Print help
  -V, --version  Print version`;
async function main(argv) {
    const [command, ...rest] = argv;
    switch (command) {
        case 'apply_patch':
        case 'applypatch':
            return runApplyPatchCli(rest.at(-1), process.cwd());
        case 'exec': {
            const { runExecCli } = await import('./chunks/index.js');
            return runExecCli(rest);
        }
        case undefined:
        case '-h':
        case '--help':
            process.stdout.write(`${USAGE}\n`);
            return command === undefined ? 2 : 0;
        case '-V':
        case '--version':
            process.stdout.write(`codex-pr-action ${VERSION}\n`);
            return 0;
        default:
            process.stderr.write(`error: unrecognized subcommand '${command}'\n\n${USAGE}\n`);
            return 2;
    }
}
enableCompileCache();
process.exitCode = await main(process.argv.slice(2));
