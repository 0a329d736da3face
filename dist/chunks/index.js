import { existsSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { S as SANDBOX_MODES, l as loadConfig, a as setupAgent, b as runAgent, c as sandboxRefusedEverything } from './setup.js';
import { parseArgs } from 'node:util';
import { V as VERSION } from './version.js';
import 'node:crypto';
import './names.js';
import 'node:assert';
import 'node:net';
import 'node:http';
import 'node:stream';
import 'node:buffer';
import 'node:querystring';
import 'node:events';
import 'node:diagnostics_channel';
import 'node:tls';
import 'node:zlib';
import 'node:perf_hooks';
import 'node:util/types';
import 'node:worker_threads';
import 'node:url';
import 'node:async_hooks';
import 'node:console';
import 'node:dns';
import 'string_decoder';
import 'node:child_process';
import 'node:string_decoder';

// Command-line parsing for `exec`, mirroring `codex exec`'s flags.
/** A bad command line: exit 2 with the usage, as clap does. */
class UsageError extends Error {
}
function parseExecArgs(argv) {
    let parsed;
    try {
        parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
    }
    catch (error) {
        // node's parser says e.g. "Unknown option '--foo'"; keep its words, exit 2 with the usage.
        throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const { values, positionals } = parsed;
    if (values.help)
        return { kind: 'help' };
    if (values.version)
        return { kind: 'version' };
    return { kind: 'run', args: execArgs(values, positionals) };
}
const OPTIONS = {
    cd: { type: 'string', short: 'C' },
    config: { type: 'string' },
    'config-override': { type: 'string', short: 'c', multiple: true },
    profile: { type: 'string', short: 'p' },
    model: { type: 'string', short: 'm' },
    sandbox: { type: 'string', short: 's' },
    json: { type: 'boolean' },
    'output-last-message': { type: 'string', short: 'o' },
    'max-turns': { type: 'string' },
    'timeout-minutes': { type: 'string' },
    'max-cost-usd': { type: 'string' },
    'max-tokens': { type: 'string' },
    'skip-git-repo-check': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'V' },
};
function execArgs(values, positionals) {
    if (positionals.length > 1) {
        throw new UsageError(`exec takes one PROMPT argument (got ${positionals.length}); quote the prompt`);
    }
    const sandbox = values.sandbox;
    if (sandbox !== undefined && !SANDBOX_MODES.includes(sandbox)) {
        throw new UsageError(`--sandbox must be one of ${SANDBOX_MODES.join(', ')} (got '${sandbox}')`);
    }
    const prompt = positionals[0];
    if (prompt !== undefined && prompt !== '-' && prompt.trim() === '')
        throw new UsageError('the PROMPT argument is empty; give the task, or `-` to read it from stdin');
    return {
        cd: existingFolder(values.cd ?? process.cwd()),
        configFile: values.config,
        overrides: values['config-override'] ?? [],
        profile: values.profile,
        model: values.model,
        sandbox: sandbox,
        json: values.json ?? false,
        outputLastMessage: values['output-last-message'],
        maxTurns: positiveNumber(values['max-turns'], '--max-turns') ?? 80,
        timeoutMinutes: positiveNumber(values['timeout-minutes'], '--timeout-minutes') ?? 30,
        maxCostUsd: positiveNumber(values['max-cost-usd'], '--max-cost-usd'),
        maxTokens: positiveNumber(values['max-tokens'], '--max-tokens'),
        prompt: prompt === '-' ? undefined : prompt,
    };
}
function existingFolder(dir) {
    const resolved = path.resolve(dir);
    if (!existsSync(resolved))
        throw new UsageError(`--cd '${dir}': no such folder (${resolved})`);
    if (!statSync(resolved).isDirectory())
        throw new UsageError(`--cd '${dir}' is a file, not a folder`);
    return resolved;
}
function positiveNumber(text, flag) {
    if (text === undefined)
        return undefined;
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0)
        throw new UsageError(`${flag} must be a positive number (got '${text}')`);
    return value;
}

// `exec --help` and the usage line printed with a bad argument, laid out as clap (which `codex
// exec` uses) lays them out, so people and scripts used to Codex read them the same way.
const EXEC_USAGE_LINE = 'Usage: node dist/cli.js exec [OPTIONS] [PROMPT]';
const EXEC_HELP = `Run the agent non-interactively on a folder, like \`codex exec\`

${EXEC_USAGE_LINE}

Arguments:
  [PROMPT]  Instructions for the agent. If not given as an argument (or if \`-\` is used), they are
            read from stdin

Options:
  -C, --cd <DIR>                     The folder the agent works in [default: the current folder]
      --config <FILE>                The config.toml to read [default: <DIR>/.codex/config.toml,
                                     else $CODEX_HOME/config.toml]
  -c, --config-override <key=value>  Override a config value (TOML), e.g. -c model="gpt-5"; repeatable
  -p, --profile <NAME>               The [profiles.<NAME>] table of the config to apply
  -m, --model <MODEL>                The model to use
  -s, --sandbox <MODE>               Sandbox policy for commands [possible values: read-only,
                                     workspace-write, danger-full-access]
      --json                         Print Codex's JSONL events on stdout
  -o, --output-last-message <FILE>   Write the agent's last message to FILE
      --max-turns <N>                Stop after N model turns [default: 80]
      --timeout-minutes <N>          Stop after N minutes [default: 30]
      --max-cost-usd <USD>           Stop once the run has cost this much (needs a known price)
      --max-tokens <N>               Stop once the run has used N tokens (input + output)
      --skip-git-repo-check          Accepted for Codex compatibility; exec never requires a git repo
  -h, --help                         Print help
  -V, --version                      Print version`;
function versionText() {
    return `codex-pr-action exec ${VERSION}`;
}
/** clap's shape for a bad argument: the error, the usage line, and where to learn more. */
function usageErrorText(message) {
    return `error: ${message}\n\n${EXEC_USAGE_LINE}\n\nFor more information, try '--help'.\n`;
}

const PREVIEW_LINES = 6;
const CHANGE_LETTER = { add: 'A', update: 'M', delete: 'D' };
function progressPrinter(write) {
    return (event) => {
        const text = describe(event);
        if (text !== undefined)
            write(`${text}\n`);
    };
}
function describe(event) {
    switch (event.type) {
        case 'item.started':
            return event.item.type === 'command_execution' ? `exec ${event.item.command}` : undefined;
        case 'item.completed':
            return describeItem(event.item);
        case 'turn.completed':
            return `tokens used: ${event.usage.input_tokens} in (${event.usage.cached_input_tokens} cached), ${event.usage.output_tokens} out`;
        // The reason a run stopped is printed once, by the caller, as `error: …`.
        case 'error':
            return `error: ${event.message}`;
        default:
            return undefined;
    }
}
function describeItem(item) {
    switch (item.type) {
        case 'command_execution': {
            const status = item.exit_code === 0 ? 'succeeded' : `exited ${item.exit_code ?? 'abnormally'}`;
            return `  ${status}\n${indent(preview(item.aggregated_output))}`.trimEnd();
        }
        case 'file_change':
            return `apply_patch ${item.status}: ${item.changes.map((change) => `${CHANGE_LETTER[change.kind]} ${change.path}`).join(', ')}`;
        case 'todo_list':
            return `plan:\n${item.items.map((step) => `  [${step.completed ? 'x' : ' '}] ${step.text}`).join('\n')}`;
        case 'agent_message':
            return `codex: ${item.text}`;
        case 'reasoning':
            return `thinking: ${item.text}`;
        case 'error':
            return `tool error: ${item.message}`;
        default:
            return undefined;
    }
}
function preview(output) {
    const lines = output.trimEnd().split('\n');
    if (lines.length <= PREVIEW_LINES)
        return lines.join('\n');
    return [...lines.slice(0, PREVIEW_LINES), `… +${lines.length - PREVIEW_LINES} lines`].join('\n');
}
function indent(text) {
    return text === '' ? '' : text.replace(/^/gm, '    ');
}

// `node dist/cli.js exec`: runs the agent on a local folder, like `codex exec`. Progress goes to
// stderr; the final message to stdout (or JSONL events with --json). Exit 0 only on completion.
async function runExecCli(argv) {
    const log = (line) => process.stderr.write(`${line}\n`);
    let request;
    try {
        request = parseExecArgs(argv);
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        process.stderr.write(usageErrorText(error.message));
        return 2;
    }
    if (request.kind === 'help') {
        process.stdout.write(`${EXEC_HELP}\n`);
        return 0;
    }
    if (request.kind === 'version') {
        process.stdout.write(`${versionText()}\n`);
        return 0;
    }
    try {
        const result = await execute(request.args, log);
        return exitCodeFor(result);
    }
    catch (error) {
        if (error instanceof UsageError) {
            process.stderr.write(usageErrorText(error.message));
            return 2;
        }
        log(`error: ${error instanceof Error ? error.message : String(error)}`);
        return 1;
    }
}
async function execute(args, log) {
    const workspace = args.cd;
    const overrides = args.model === undefined ? args.overrides : [...args.overrides, `model=${JSON.stringify(args.model)}`];
    const configFile = args.configFile ?? defaultConfigFile(workspace);
    const config = await loadConfig({
        file: configFile,
        fileRequired: args.configFile !== undefined,
        overrides,
        profile: args.profile,
        env: process.env,
    });
    for (const warning of config.warnings)
        log(`warning: ${warning}`);
    const task = args.prompt ?? (await readStdin());
    if (task.trim() === '')
        throw new UsageError('no prompt: pass PROMPT as the last argument, or pipe it into stdin');
    const parts = await setupAgent({ config, workspace, sandboxMode: args.sandbox, env: process.env, log });
    const cancel = new AbortController();
    const onSignal = () => cancel.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const printProgress = progressPrinter((text) => process.stderr.write(text));
    const writeJson = (event) => process.stdout.write(`${JSON.stringify(event)}\n`);
    try {
        log([
            `workdir: ${workspace}`,
            `model: ${config.model} (provider ${config.provider.id}, ${config.provider.wireApi} API, ${new URL(config.provider.baseUrl).host})`,
            `config: ${config.file ?? 'defaults (no config file)'}`,
            `user: ${task}`,
        ].join('\n'));
        const result = await runAgent({
            task,
            workspace,
            ...parts,
            reasoningEffort: config.modelReasoningEffort,
            budgets: {
                maxTurns: args.maxTurns,
                timeoutMs: args.timeoutMinutes * 60_000,
                maxCostUsd: args.maxCostUsd,
                maxTokens: args.maxTokens,
            },
            projectDocMaxBytes: config.projectDocMaxBytes,
            signal: cancel.signal,
            onEvent: (event) => {
                printProgress(event);
                if (args.json)
                    writeJson(event);
            },
        });
        await report(result, args, log);
        return result;
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        // MCP servers stop however the run ends: completed, failed, thrown, or cancelled by a signal.
        await parts.close();
    }
}
async function report(result, args, log) {
    if (args.outputLastMessage !== undefined)
        await writeFile(args.outputLastMessage, result.finalMessage);
    const cost = result.costUsd === undefined ? 'cost unknown (no price for this model)' : `$${result.costUsd.toFixed(4)}`;
    const requests = `${result.modelRequests} model request${result.modelRequests === 1 ? '' : 's'}`;
    log(`${result.status}: ${result.turns} turns, ${requests}, ${(result.durationMs / 1000).toFixed(1)} s, ${cost}`);
    if (result.status === 'completed') {
        if (!args.json)
            process.stdout.write(`${result.finalMessage}\n`);
        return;
    }
    // A stop: stdout stays for answers; the reason is said once, on stderr, after what was done
    // (the message's first line is that same reason, so it is not repeated).
    const doneSoFar = result.finalMessage.split('\n').slice(1).join('\n').trim();
    if (doneSoFar !== '')
        log(doneSoFar);
    log(`error: ${result.reason ?? result.status}`);
}
function exitCodeFor(result) {
    const refused = sandboxRefusedEverything(result);
    if (refused) {
        process.stderr.write(`error: ${refused}\n`);
        return 1;
    }
    if (result.status === 'completed')
        return 0;
    return result.status === 'cancelled' ? 130 : 1;
}
/** The project's `.codex/config.toml`, else `$CODEX_HOME/config.toml` (~/.codex), as Codex reads it. */
function defaultConfigFile(workspace) {
    const projectConfig = path.join(workspace, '.codex', 'config.toml');
    if (existsSync(projectConfig))
        return projectConfig;
    return path.join(process.env.CODEX_HOME ?? path.join(os.homedir(), '.codex'), 'config.toml');
}
async function readStdin() {
    if (process.stdin.isTTY)
        return '';
    const chunks = [];
    for await (const chunk of process.stdin)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}

export { runExecCli };
