import { randomUUID } from 'node:crypto';
import { realpath, mkdir, writeFile, appendFile, readdir, readFile, stat } from 'node:fs/promises';
import { S as SANDBOX_MODES, L as LOCAL_PROVIDERS, q as isTable, u as ConfigContext, v as mergeLayer, w as parseToml, x as resolveMerged, y as readConfigText, z as newTable, C as ConfigError, A as parseOverride, D as applyOverride, E as toResponsesInput, F as asObject, G as asArray, H as asString, I as itemFromOutput, J as readImageFile, r as readOutputSchema, d as setupAgent, e as runAgentWithSchema, g as sandboxRefusedEverything, K as loadProjectDocs } from './structured.js';
import { e as errorMessage } from './errors.js';
import { existsSync, statSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import os from 'node:os';
import { V as VERSION } from './version.js';
import 'node:child_process';
import './names.js';
import 'node:url';
import 'node:string_decoder';

// Command-line parsing for `exec`, mirroring `codex exec`'s flags.
const COLOR_CHOICES = ['always', 'never', 'auto'];
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
        throw new UsageError(errorMessage(error));
    }
    const { values, positionals } = parsed;
    if (values.help)
        return { kind: 'help' };
    if (values.version)
        return { kind: 'version' };
    return { kind: 'run', args: execArgs(values, positionals, argv) };
}
const OPTIONS = {
    cd: { type: 'string', short: 'C' },
    // exec-config: Codex's config flags (`--config` is the long form of `-c`, as in Codex).
    config: { type: 'string', short: 'c', multiple: true },
    'config-override': { type: 'string', multiple: true },
    'config-file': { type: 'string' },
    'ignore-user-config': { type: 'boolean' },
    'strict-config': { type: 'boolean' },
    oss: { type: 'boolean' },
    'local-provider': { type: 'string' },
    profile: { type: 'string', short: 'p' },
    model: { type: 'string', short: 'm' },
    sandbox: { type: 'string', short: 's' },
    json: { type: 'boolean' },
    'output-last-message': { type: 'string', short: 'o' },
    'max-turns': { type: 'string' },
    'timeout-minutes': { type: 'string' },
    'max-cost-usd': { type: 'string' },
    'max-tokens': { type: 'string' },
    // Codex's command-line flags (issue 15, "Command line").
    'skip-git-repo-check': { type: 'boolean' },
    'dangerously-bypass-approvals-and-sandbox': { type: 'boolean' },
    yolo: { type: 'boolean' },
    color: { type: 'string' },
    ephemeral: { type: 'boolean' },
    'add-dir': { type: 'string', multiple: true },
    enable: { type: 'string', multiple: true },
    disable: { type: 'string', multiple: true },
    // `exec resume` (issue 16, item 4).
    last: { type: 'boolean' },
    all: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'V' },
    // Structured output and images (the review feature): as `codex exec` spells them.
    'output-schema': { type: 'string' },
    image: { type: 'string', short: 'i', multiple: true },
};
function execArgs(values, positionals, argv) {
    const { resume, rest } = resumeTarget(values, positionals);
    if (rest.length > 1) {
        throw new UsageError(`exec takes one PROMPT argument (got ${rest.length}); quote the prompt`);
    }
    const sandbox = values.sandbox;
    if (sandbox !== undefined && !SANDBOX_MODES.includes(sandbox)) {
        throw new UsageError(`--sandbox must be one of ${SANDBOX_MODES.join(', ')} (got '${sandbox}')`);
    }
    const prompt = rest[0];
    if (prompt !== undefined && prompt !== '-' && prompt.trim() === '')
        throw new UsageError('the PROMPT argument is empty; give the task, or `-` to read it from stdin');
    return {
        cd: existingFolder(values.cd ?? process.cwd(), '--cd'),
        ...configArgs(values),
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
        skipGitRepoCheck: values['skip-git-repo-check'] ?? false,
        bypassSandbox: (values['dangerously-bypass-approvals-and-sandbox'] ?? false) || (values.yolo ?? false),
        color: colorChoice(values.color),
        ephemeral: values.ephemeral ?? false,
        addDirs: (values['add-dir'] ?? []).map((dir) => existingFolder(dir, '--add-dir')),
        features: featureToggles(argv),
        resume,
        outputSchema: values['output-schema'],
        // Codex splits each value on commas: `-i a.png,b.png` attaches both.
        images: (values.image ?? []).flatMap((value) => value.split(',')).filter((file) => file !== ''),
    };
}
const LOCAL_PROVIDER_IDS = Object.keys(LOCAL_PROVIDERS);
function configArgs(values) {
    // `--config-override` is this tool's older spelling of `-c`; both are kept, in that order.
    const overrides = [...(values['config-override'] ?? []), ...(values.config ?? [])];
    for (const override of overrides) {
        if (!override.includes('='))
            throw new UsageError(`-c/--config takes key=value, as in codex (got '${override}'); to read a config file, use --config-file FILE`);
    }
    const localProvider = values['local-provider'];
    if (localProvider !== undefined && !LOCAL_PROVIDER_IDS.includes(localProvider))
        throw new UsageError(`--local-provider must be one of ${LOCAL_PROVIDER_IDS.join(', ')} (got '${localProvider}')`);
    if (localProvider !== undefined && !values.oss)
        throw new UsageError('--local-provider chooses the provider of --oss; add --oss');
    return {
        configFile: values['config-file'],
        overrides,
        ignoreUserConfig: values['ignore-user-config'] ?? false,
        strictConfig: values['strict-config'] ?? false,
        oss: values.oss ? { localProvider } : undefined,
    };
}
/**
 * `resume [SESSION_ID] [PROMPT]`, read as Codex reads it: with `--last` and one positional, that
 * positional is the prompt, not an id. Outside `resume`, `--last` and `--all` are mistakes.
 */
function resumeTarget(values, positionals) {
    const all = values.all ?? false;
    if (positionals[0] !== 'resume') {
        if (values.last || all)
            throw new UsageError('--last and --all go with `exec resume`');
        return { resume: undefined, rest: positionals };
    }
    const [, first, ...more] = positionals;
    if (values.last)
        return { resume: { kind: 'last', all }, rest: first === undefined ? more : [first, ...more] };
    if (first === undefined)
        throw new UsageError('exec resume needs a SESSION_ID or --last (the newest session for this folder)');
    return { resume: { kind: 'id', id: first, all }, rest: more };
}
function colorChoice(text) {
    if (text === undefined)
        return 'auto';
    if (!COLOR_CHOICES.includes(text))
        throw new UsageError(`--color must be one of ${COLOR_CHOICES.join(', ')} (got '${text}')`);
    return text;
}
/** `--enable`/`--disable` in the order given, so the last word on a feature wins (as `-c` does). */
function featureToggles(argv) {
    const toggles = [];
    argv.forEach((arg, index) => {
        const match = /^--(enable|disable)(?:=(.*))?$/.exec(arg);
        if (!match)
            return;
        const name = match[2] ?? argv[index + 1] ?? '';
        if (!/^[a-z0-9_.]+$/.test(name))
            throw new UsageError(`--${match[1]} needs a feature name such as unified_exec (got '${name}')`);
        toggles.push({ name, enabled: match[1] === 'enable' });
    });
    return toggles;
}
function existingFolder(dir, flag) {
    const resolved = path.resolve(dir);
    if (!existsSync(resolved))
        throw new UsageError(`${flag} '${dir}': no such folder (${resolved})`);
    if (!statSync(resolved).isDirectory())
        throw new UsageError(`${flag} '${dir}' is a file, not a folder`);
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

// `--json` lines as `codex exec --json` prints them. The loop's events already use Codex's names;
// what differs is only where the CLI knows more than the loop: Codex names changed files by their
// absolute path, while the loop (and the action's report) keep them relative to the workspace.
function codexJsonLine(event, workspace) {
    if (event.type !== 'item.started' && event.type !== 'item.updated' && event.type !== 'item.completed')
        return JSON.stringify(event);
    return JSON.stringify({ ...event, item: withAbsolutePaths(event.item, workspace) });
}
function withAbsolutePaths(item, workspace) {
    if (item.type !== 'file_change')
        return item;
    const changes = item.changes.map((change) => ({ ...change, path: path.resolve(workspace, change.path) }));
    return { ...item, changes };
}

// Project trust as Codex decides it: a project's own `.codex/config.toml` comes from whoever wrote
// the repository, so it is applied in full only when the user's config says `[projects."<path>"]
// trust_level = "trusted"` for that folder, the project root, or (for a linked worktree) the main
// checkout. Trust is read from the user's layers only: a project file cannot trust itself.
/** The nearest ancestor of `cwd` (itself included) holding `.git`; undefined outside a repository. */
function findProjectRoot(cwd) {
    let dir = path.resolve(cwd);
    for (;;) {
        if (existsSync(path.join(dir, '.git')))
            return dir;
        const parent = path.dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
/** Folders from the project root down to `cwd`, root first (just `cwd` outside a repository). */
function foldersFromRoot(cwd, root) {
    const target = path.resolve(cwd);
    if (root === undefined)
        return [target];
    const parts = path.relative(root, target).split(path.sep).filter(Boolean);
    return [root, ...parts.map((_, i) => path.join(root, ...parts.slice(0, i + 1)))];
}
/**
 * For a linked worktree (`.git` is a file naming `\u2026/.git/worktrees/<name>`), the main checkout,
 * so that trusting the repository once covers its worktrees, as in Codex.
 */
function mainCheckoutOf(root) {
    const dotGit = path.join(root, '.git');
    try {
        if (!statSync(dotGit).isFile())
            return root;
        const gitdir = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1]?.trim();
        if (gitdir === undefined)
            return undefined;
        const common = path.resolve(root, gitdir, readFileSync(path.join(path.resolve(root, gitdir), 'commondir'), 'utf8').trim());
        return path.basename(common) === '.git' ? path.dirname(common) : undefined;
    }
    catch {
        return undefined;
    }
}
/** The spellings a folder may have in `[projects]`: as given and with links resolved. */
function lookupKeys(dir) {
    let real = dir;
    try {
        real = realpathSync(dir);
    }
    catch {
        // keep the spelling we have
    }
    return [...new Set([real, dir])];
}
/** `[projects."<path>"] trust_level` values of the user's merged layers. */
function trustTable(userRoot) {
    const levels = new Map();
    const projects = userRoot['projects'];
    if (!isTable(projects))
        return levels;
    for (const [key, entry] of Object.entries(projects)) {
        const level = isTable(entry) ? entry['trust_level'] : undefined;
        if (level === 'trusted' || level === 'untrusted')
            levels.set(key.replace(/\/+$/, '') || '/', level);
    }
    return levels;
}
/** Codex's order: the folder itself, then the project root, then the main checkout. */
function decideTrust(dir, root, levels) {
    const main = root === undefined ? undefined : mainCheckoutOf(root);
    for (const candidate of [dir, root, main]) {
        if (candidate === undefined)
            continue;
        for (const key of lookupKeys(candidate)) {
            const level = levels.get(key);
            if (level !== undefined)
                return { level, key };
        }
    }
    const fallback = main ?? root ?? dir;
    return { level: undefined, key: lookupKeys(fallback)[0] ?? fallback };
}

// The config `exec` reads, layered as Codex layers it: the user's `$CODEX_HOME/config.toml` (or
// `--config-file`), the `$CODEX_HOME/<name>.config.toml` profile, each `.codex/config.toml` from the
// project root down to the working folder, then `[profiles.<name>]`, `-c` overrides and `--oss`.
// A project file is the repository's words, not the user's: unless the user trusts the project,
// it may only shape the model's answers, never choose where requests (and the key) go, how they
// are authenticated, or what commands may do; even when trusted, as in Codex, it cannot choose the
// provider, its endpoint or commands run on the host (PROJECT_DENIED_KEYS).
/**
 * What even a trusted project file may not set, as in Codex (0.169 and later): where the user's
 * credentials go and which local commands run stay the user's own choice.
 */
const PROJECT_DENIED_KEYS = [
    'openai_base_url',
    'chatgpt_base_url',
    'model_provider',
    'model_providers',
    'notify',
    'profile',
    'profiles',
    'otel',
];
/** What an untrusted project file may set: how the model answers and which docs it reads. */
const UNTRUSTED_PROJECT_KEYS = new Set([
    'model',
    'model_reasoning_effort',
    'model_reasoning_summary',
    'model_verbosity',
    'model_context_window',
    'project_doc_max_bytes',
    'project_doc_fallback_filenames',
    'pricing',
    'hide_agent_reasoning',
    'show_raw_agent_reasoning',
]);
/** A layer's file: missing is fine unless `--config-file` named it. */
function readOptional(file, required) {
    const fix = required ? 'give --config-file an existing file' : 'make it readable, or remove it';
    return readConfigText(file, required, fix);
}
async function loadExecConfig(options) {
    const userFile = options.configFile ?? path.join(options.codexHome, 'config.toml');
    const readUser = options.configFile !== undefined || !options.ignoreUserConfig;
    const userText = readUser ? await readOptional(userFile, options.configFile !== undefined) : undefined;
    const ctx = new ConfigContext(userText === undefined ? undefined : userFile);
    ctx.strict = options.strict ?? false;
    const root = newTable();
    const files = [];
    if (userText !== undefined) {
        mergeLayer(ctx, root, parseToml(userText, userFile), [], [], userFile);
        files.push(userFile);
    }
    const profileFile = await mergeProfileFile(ctx, root, options, userFile);
    if (profileFile)
        files.push(profileFile);
    const levels = trustTable(withTrustOverrides(root, options.overrides));
    const ignored = [];
    const projectRoot = findProjectRoot(options.cwd);
    const home = await realpath(options.codexHome).catch(() => path.resolve(options.codexHome));
    for (const dir of foldersFromRoot(options.cwd, projectRoot)) {
        const dotCodex = path.join(dir, '.codex');
        // `~/.codex` is the user's own folder, already read as the user layer.
        if ((await realpath(dotCodex).catch(() => dotCodex)) === home)
            continue;
        const file = path.join(dotCodex, 'config.toml');
        const text = await readOptional(file, false);
        if (text === undefined)
            continue;
        const decision = decideTrust(dir, projectRoot, levels);
        if (decision.level === 'trusted') {
            const table = parseToml(text, file);
            const denied = PROJECT_DENIED_KEYS.filter((key) => Object.hasOwn(table, key));
            for (const key of denied)
                delete table[key];
            if (denied.length > 0)
                ctx.warn(`Ignored unsupported project-local config keys in ${file}: ${denied.join(', ')}. If you want these settings to apply, manually set them in your user-level config.toml.`);
            mergeLayer(ctx, root, table, [], [], file);
            files.push(file);
            continue;
        }
        const table = parseUntrusted(ctx, text, file);
        if (!table)
            continue;
        const dropped = Object.keys(table).filter((key) => !UNTRUSTED_PROJECT_KEYS.has(key));
        for (const key of dropped)
            delete table[key];
        mergeLayer(ctx, root, table, [], [], file);
        files.push(file);
        if (dropped.length > 0)
            ignored.push({ file, keys: dropped, decision });
    }
    if (ignored.length > 0)
        ctx.warn(untrustedWarning(ignored, userFile));
    const config = resolveMerged(ctx, root, {
        overrides: options.overrides,
        profile: options.profile,
        profileIsFile: profileFile !== undefined,
        profileFileLooked: profileFilePath(options),
        env: options.env,
        oss: options.oss,
    });
    const { auth } = config.provider;
    // The token command runs in $CODEX_HOME unless its table names another folder (relative to it).
    if (auth)
        auth.cwd = path.resolve(options.codexHome, auth.cwd ?? '.');
    return { config, files };
}
/**
 * 0.169's profile files: `--profile NAME` reads `$CODEX_HOME/NAME.config.toml` over the user file.
 * Like Codex, a user file that also selects or defines that profile the old way is an error,
 * since which one wins would be a guess. Without the file, `[profiles.NAME]` applies as before.
 */
async function mergeProfileFile(ctx, root, options, userFile) {
    const name = options.profile;
    const file = profileFilePath(options);
    if (name === undefined || file === undefined)
        return undefined;
    const text = await readOptional(file, false);
    if (text === undefined)
        return undefined;
    const profiles = root['profiles'];
    if (root['profile'] === name || (isTable(profiles) && Object.hasOwn(profiles, name))) {
        throw new ConfigError({
            label: userFile,
            key: 'profiles',
            problem: `--profile ${name} reads ${file}, but ${userFile} also has profile = "${name}" or [profiles.${name}]`,
            fix: `move those settings into ${file} and remove the profile selector/table from ${userFile}`,
        });
    }
    mergeLayer(ctx, root, parseToml(text, file), [], [], file);
    return file;
}
/** `$CODEX_HOME/NAME.config.toml` for `--profile NAME`, when the name can be a file's. */
function profileFilePath(options) {
    const name = options.profile;
    if (name === undefined ||
        options.ignoreUserConfig ||
        !/^[A-Za-z0-9_.-]+$/.test(name) ||
        name.startsWith('.'))
        return undefined;
    return path.join(options.codexHome, `${name}.config.toml`);
}
/** `[projects]` of the user's layers with `-c projects.\u2026` applied: the only source of trust. */
function withTrustOverrides(root, overrides) {
    const table = newTable();
    const projects = root['projects'];
    if (isTable(projects))
        table['projects'] = structuredClone(projects);
    for (const text of overrides) {
        const override = parseOverride(text);
        if (override.path[0] === 'projects')
            applyOverride(table, override);
    }
    return table;
}
function parseUntrusted(ctx, text, file) {
    try {
        return parseToml(text, file);
    }
    catch (error) {
        // Codex skips a broken file of an untrusted project rather than stopping on it.
        ctx.warn(`${file} is not valid TOML and its project is not trusted, so it was skipped`);
        if (!(error instanceof ConfigError))
            throw error;
        return undefined;
    }
}
function untrustedWarning(ignored, userFile) {
    const files = ignored.map(({ file, keys }) => `${file} (${keys.join(', ')})`).join('; ');
    const first = ignored[0]?.decision;
    const marked = first?.level === 'untrusted' ? `is marked untrusted in ${userFile}` : 'is not trusted';
    const key = JSON.stringify(first?.key ?? '');
    return (`the project ${marked}, so its config may not choose providers, base URLs, auth, sandbox, approvals, ` +
        `MCP servers or profiles; ignored: ${files}. Fix: if you trust this repository, add to ${userFile}: ` +
        `[projects.${key}] trust_level = "trusted"`);
}

/** The feature names `codex features list` prints (Codex 0.171.0). */
const CODEX_FEATURES = new Set(`
agent_message_board agent_message_board_mcp analytics_plan_history api_key_cyber_access_programs
api_key_model_discovery app_server_websocket_compression apply_patch_freeform
apply_patch_preserve_line_endings apply_patch_streaming_events apps apps_early_resource_discovery
apps_mcp_path_override artifact async_compaction async_compaction_root_only auth_elicitation
background_paginated_rollout_migration bedrock_setup_wizard browser_annotation_api browser_use
browser_use_external browser_use_full_cdp_access catalog_apps_instructions chronicle cli_daybreak
cli_resume_account_check code_mode code_mode_buffered_exec code_mode_host code_mode_host_grpc
code_mode_host_output_truncation code_mode_interrupt code_mode_only code_mode_only_strict_3p_tools
code_mode_prewarm code_mode_tool_description_first code_mode_tool_search codex_apps_mcp_2026_07_28
codex_git_commit collaboration_modes command_sessions_world_state compaction_image_budget
computer_use concurrent_reasoning_summaries content_item_kinds context_management
credential_masking critical_path_timing current_time_reminder cwd_relative_turn_diffs
daemon_auto_start daybreak_program_propagation default_mode_request_user_input
defer_mailbox_preemption deferred_executor deferred_tool_world_state elevated_windows_sandbox
enable_fanout enable_mcp_apps enable_request_compression exec_permission_approvals
executed_tool_call_metadata executor_capability_discovery executor_capability_discovery_v2
experimental_windows_sandbox external_agent_memory_import external_migration fast_mode
file_backed_tool_audio gateway_setup_wizard gcp_setup_wizard goals guardian_approval
guardian_conversation_history_tools guardian_denial_reconsideration
guardian_enhanced_node_repl_transcripts guardian_ext guardian_include_additional_context
guardian_native_multi_agent_history guardian_nested_approval_context
guardian_node_repl_transcript_images guardian_recorded_items guardian_reuse_parent_compaction
guardian_root_handoff_context guardian_trust_orchestrator_connectors guardianv2
guardianv2.thread_context guardianv2_decisions_comparison guardianv3 hooks hosted_search_policy
image_detail_original image_generation image_generation_animation image_resize_notice
in_app_browser in_app_chat in_app_dictation in_app_local_automation in_app_updates in_app_voice
incremental_exec_tools incremental_tools incremental_tools_legacy incremental_tools_legacy_gcp
instant_interrupt interrupt_on_cancel item_ids js_repl js_repl_tools_only
local_thread_store_compression local_thread_store_shared_compression login_shell_package_path
mcp_2026_07_28 mcp_connection_sharing mcp_lazy_stdio_startup mcp_oauth_refresh_coordination
mcp_shared_repl_cwd mcp_tool_list_changed memories mentions_v2 model_catalog_in_context multi_agent
multi_agent_mode multi_agent_v2 multi_agent_v2_dynamic_tools multi_env_copy_file
multi_environment_mcp network_proxy non_prefixed_mcp_tool_names nonfatal_clock_read_errors
omit_app_server_notification_media omit_skill_descriptions output_token_replay
per_environment_context personality plugin_discovery_prefetch plugin_hooks plugin_sharing plugins
powershell_shell_version prediction_preserve_parent_tools prefer_mxc prevent_idle_sleep psp
realtime_conversation reasoning_effort_override recommended_plugins remote_compaction_v2
remote_control remote_models remote_plugin request_permissions_tool request_rule resize_all_images
respect_system_proxy responses_websockets responses_websockets_v2 restored_history_prewarm
retain_client_developer_messages retain_client_tool_outputs rollout_budget runtime_agent_instances
runtime_metrics safe_image_decoder search_tool secret_auth_storage send_async_message
send_message_to_user_async shell_snapshot shell_snapshot_v2 shell_tool shell_zsh_fork
simplified_selection_hints skill_catalog_deltas skill_env_var_dependency_prompt
skill_mcp_dependency_install skill_search skip_host_skill_discovery sleep_tool sqlite
stable_environment_tools standalone_web_search steer step_model_switching
subagent_default_context_limits subagent_thread_environments suppress_model_change_announcements
system_proxy_fallback terminal_resize_reflow terminal_visualization_instructions token_budget
tool_call_mcp_elicitation tool_search tool_search_always_defer_mcp_tools tool_suggest transcript_v2
tui_app_server tui_extensions_statusline tui_multi_backend tui_workspace ultrafast_mode
unavailable_dummy_tools unbounded_connection_retries undo unified_exec unified_exec_tty
unified_exec_zsh_fork unified_image_budget untrusted_as_tool_output use_agent_identity
use_legacy_landlock use_linux_sandbox_bwrap use_xaa utc_environment_date view_image
wake_on_agent_messages web_search_cached web_search_request windows_sandbox_service
workspace_dependencies workspace_owner_usage_nudge worktrees write_stdin_approval
`
    .trim()
    .split(/\s+/));
function featureWarnings(toggles) {
    const warned = new Set();
    const warnings = [];
    for (const { name, enabled } of toggles) {
        if (warned.has(name))
            continue;
        warned.add(name);
        const flag = `--${enabled ? 'enable' : 'disable'} ${name}`;
        warnings.push(CODEX_FEATURES.has(name)
            ? `${flag}: a Codex feature this exec does not act on; ignored`
            : `${flag}: not a feature Codex knows (see \`codex features list\`); ignored`);
    }
    return warnings;
}

// Where `exec` gets its task, and whether it may run in this folder at all, decided as `codex exec`
// decides them so that scripts written for Codex behave the same here.
/** Codex's refusal outside a git repository, word for word (exit 1). */
const NOT_IN_GIT_REPO = 'Not inside a trusted directory and --skip-git-repo-check was not specified.';
/**
 * The task text. A PROMPT argument with piped stdin gets stdin appended as a `<stdin>` block, as
 * Codex does; without PROMPT (or with `-`) stdin is the prompt. `exec resume PROMPT` takes the
 * argument alone, as Codex's resume does.
 */
async function resolveTask(args, log) {
    if (args.prompt === undefined) {
        const task = await readStdin();
        if (task.trim() === '')
            throw new UsageError('no prompt: pass PROMPT as the last argument, or pipe it into stdin');
        return task;
    }
    if (args.resume !== undefined || process.stdin.isTTY)
        return args.prompt;
    log('Reading additional input from stdin...');
    const piped = await readStdin();
    return piped.trim() === '' ? args.prompt : promptWithStdin(args.prompt, piped);
}
function promptWithStdin(prompt, stdin) {
    return `${prompt}\n\n<stdin>\n${stdin}${stdin.endsWith('\n') ? '' : '\n'}</stdin>`;
}
async function readStdin() {
    if (process.stdin.isTTY)
        return '';
    const chunks = [];
    for await (const chunk of process.stdin)
        chunks.push(chunk);
    // A UTF-8 byte-order mark is not part of the prompt (Codex strips it too).
    return Buffer.concat(chunks)
        .toString('utf8')
        .replace(/^\uFEFF/, '');
}
/** True when `dir` or a folder above it holds `.git` (a folder, or a worktree's file). */
function insideGitRepo(dir) {
    for (let current = path.resolve(dir);; current = path.dirname(current)) {
        if (existsSync(path.join(current, '.git')))
            return true;
        if (path.dirname(current) === current)
            return false;
    }
}

// Session rollouts as Codex writes them: one JSONL file per session under
// `$CODEX_HOME/sessions/YYYY/MM/DD/rollout-<local time>-<id>.jsonl`, each line
// `{timestamp, type, payload}` with `type` one of Codex's RolloutItem kinds (`session_meta`,
// `turn_context`, `response_item`, `compacted`, `event_msg`). Response items are written in the
// Responses API shape, as Codex records them, so `exec resume` (here or in Codex) can read them.
/** `$CODEX_HOME`, else `~/.codex`, as Codex finds it. */
function codexHome(env) {
    return env.CODEX_HOME !== undefined && env.CODEX_HOME !== ''
        ? path.resolve(env.CODEX_HOME)
        : path.join(os.homedir(), '.codex');
}
function sessionsDir(env) {
    return path.join(codexHome(env), 'sessions');
}
/** A new session's file: dated folders and a timestamped name in local time, as Codex names them. */
function newRolloutFile(env, id, now = new Date()) {
    const pad = (value) => String(value).padStart(2, '0');
    const [year, month, day] = [String(now.getFullYear()), pad(now.getMonth() + 1), pad(now.getDate())];
    const time = `${pad(now.getHours())}-${pad(now.getMinutes())}-${pad(now.getSeconds())}`;
    return path.join(sessionsDir(env), year, month, day, `rollout-${year}-${month}-${day}T${time}-${id}.jsonl`);
}
/**
 * Records one `exec` run: a new session gets its `session_meta` line first; a resumed one gets the
 * items that came after its earlier conversation (or, if the run compacted it, a `compacted` line
 * with the whole replacement history). The file is private to the user: transcripts hold code.
 */
async function recordRun(target, context, task, result, provider) {
    const lines = [];
    if (target.previous === undefined) {
        lines.push(line('session_meta', sessionMeta(target.id, context.cwd, provider)));
    }
    lines.push(line('turn_context', turnContext(context)));
    lines.push(line('event_msg', { type: 'user_message', message: task, images: [] }));
    const transcript = result.transcript ?? [];
    const previous = target.previous ?? [];
    if (startsWith(transcript, previous)) {
        for (const item of toResponsesInput(transcript.slice(previous.length)))
            lines.push(line('response_item', item));
    }
    else {
        lines.push(line('compacted', { message: '', replacement_history: toResponsesInput(transcript) }));
    }
    lines.push(line('event_msg', endEvent(result)));
    await mkdir(path.dirname(target.file), { recursive: true, mode: 0o700 });
    const text = lines.map((entry) => `${JSON.stringify(entry)}\n`).join('');
    if (target.previous === undefined)
        await writeFile(target.file, text, { mode: 0o600, flag: 'wx' });
    else
        await appendFile(target.file, text);
}
function line(type, payload) {
    return { timestamp: new Date().toISOString(), type, payload };
}
function sessionMeta(id, cwd, provider) {
    return {
        id,
        timestamp: new Date().toISOString(),
        cwd,
        originator: 'codex_exec',
        cli_version: VERSION,
        source: 'exec',
        model_provider: provider,
    };
}
function turnContext(context) {
    return {
        cwd: context.cwd,
        approval_policy: context.approvalPolicy,
        sandbox_policy: { type: context.sandbox },
        model: context.model,
    };
}
/** Codex's `task_complete` on completion; any other ending is recorded as an `error` event. */
function endEvent(result) {
    return result.status === 'completed'
        ? { type: 'task_complete', last_agent_message: result.finalMessage }
        : { type: 'error', message: result.reason ?? result.status };
}
function startsWith(items, prefix) {
    if (items.length < prefix.length)
        return false;
    return prefix.every((item, index) => JSON.stringify(item) === JSON.stringify(items[index]));
}

// Finds and reads a saved session for `exec resume`: by id, or the newest one whose latest turn ran
// in this folder (`--last`, as Codex picks it; `--all` drops the folder filter). The conversation
// comes back as the loop's items, so the model sees the earlier turns as history.
/** No session matched: the message names what was looked for and where. */
class SessionNotFoundError extends Error {
}
async function findSession(target, dir, cwd) {
    const files = await rolloutFiles(dir);
    if (target.kind === 'id') {
        const file = files.find((candidate) => path.basename(candidate).endsWith(`-${target.id}.jsonl`));
        const session = file === undefined ? undefined : await readSession(file);
        if (session && (target.all || session.cwd === cwd))
            return session;
        const where = session ? `; it ran in ${session.cwd} (add --all to resume it from here)` : '';
        throw new SessionNotFoundError(`no saved session with id ${target.id} under ${dir}${where}`);
    }
    const newestFirst = await byModifiedTime(files);
    for (const file of newestFirst) {
        const session = await readSession(file);
        if (session && (target.all || session.cwd === cwd))
            return session;
    }
    const scope = target.all ? '' : ` for ${cwd}`;
    throw new SessionNotFoundError(`no saved session${scope} under ${dir} (${files.length} rollout file(s) there)`);
}
async function rolloutFiles(dir) {
    let names;
    try {
        names = await readdir(dir, { recursive: true });
    }
    catch {
        return [];
    }
    return names
        .filter((name) => /^rollout-.*\.jsonl$/.test(path.basename(name)))
        .map((name) => path.join(dir, name));
}
async function byModifiedTime(files) {
    const stamped = await Promise.all(files.map(async (file) => ({ file, time: (await stat(file)).mtimeMs })));
    return stamped.sort((a, b) => b.time - a.time || b.file.localeCompare(a.file)).map((entry) => entry.file);
}
/** A rollout read back; undefined when it has no `session_meta` line (not a session file). */
async function readSession(file) {
    let id;
    let cwd = '';
    let history = [];
    for (const text of (await readFile(file, 'utf8')).split('\n')) {
        const entry = parseLine(text);
        const payload = asObject(entry?.payload);
        if (!entry || !payload)
            continue;
        switch (entry.type) {
            case 'session_meta':
                id ??= asString(payload.id);
                cwd = asString(payload.cwd) ?? cwd;
                break;
            case 'turn_context':
                cwd = asString(payload.cwd) ?? cwd;
                break;
            case 'response_item': {
                const item = itemFromRollout(payload);
                if (item)
                    history.push(item);
                break;
            }
            case 'compacted': {
                // The compacted history replaces what came before, as Codex rebuilds it.
                const replacement = asArray(payload.replacement_history).map(asObject);
                history = replacement.flatMap((value) => (value ? (itemFromRollout(value) ?? []) : []));
                break;
            }
        }
    }
    return id === undefined ? undefined : { file, id, cwd, history: pairedCalls(history) };
}
function parseLine(text) {
    if (text.trim() === '')
        return undefined;
    try {
        return asObject(JSON.parse(text));
    }
    catch {
        return undefined; // a line cut short by a crash: the rest of the session still counts
    }
}
/** A Responses item as recorded by Codex (or by us) \u2192 the loop's item; others are left out. */
function itemFromRollout(payload) {
    switch (payload.type) {
        case 'message': {
            const role = payload.role;
            if (role !== 'user' && role !== 'assistant' && role !== 'developer')
                return undefined;
            const content = asArray(payload.content)
                .map((part) => asString(asObject(part)?.text) ?? '')
                .join('');
            return { type: 'message', role, content };
        }
        case 'function_call_output':
        case 'custom_tool_call_output':
            return {
                type: payload.type,
                callId: asString(payload.call_id) ?? '',
                output: outputText(payload.output),
            };
        default:
            return itemFromOutput(payload);
    }
}
/** Codex records an output as text, or as content items (text and images): the text is kept. */
function outputText(output) {
    if (typeof output === 'string')
        return output;
    const object = asObject(output);
    if (object && typeof object.content === 'string')
        return object.content;
    return asArray(object?.content ?? output)
        .map((part) => asString(asObject(part)?.text) ?? '')
        .join('');
}
/**
 * A call without its output (the run was stopped between them) or an output without its call would
 * make the provider refuse the whole request: such halves are left out.
 */
function pairedCalls(items) {
    const calls = new Set();
    const outputs = new Set();
    for (const item of items) {
        if (item.type === 'function_call' || item.type === 'custom_tool_call')
            calls.add(item.callId);
        if (item.type === 'function_call_output' || item.type === 'custom_tool_call_output')
            outputs.add(item.callId);
    }
    return items.filter((item) => {
        if (item.type === 'function_call' || item.type === 'custom_tool_call')
            return outputs.has(item.callId);
        if (item.type === 'function_call_output' || item.type === 'custom_tool_call_output')
            return calls.has(item.callId);
        return true;
    });
}

// What an `exec` run reads and checks before the sandbox and the model are set up, so that a bad
// config, a missing session, an unreadable image or a bad schema costs nothing: the config layers,
// the session to resume, the task, the sandbox mode, the images and the output schema.
/** Codex's own words for the flag, so the risk reads the same here. */
const BYPASS_WARNING = 'warning: --dangerously-bypass-approvals-and-sandbox: commands run without a sandbox and without ' +
    'approval. EXTREMELY DANGEROUS. Intended solely for running in environments that are externally sandboxed';
async function prepareRun(args, log) {
    const workspace = args.cd;
    const home = codexHome(process.env);
    const { config, files } = await execConfig(args, home, log);
    // Before the prompt is read and before any model call: a missing session ends the run here.
    const session = args.resume
        ? await findSession(args.resume, sessionsDir(process.env), workspace)
        : undefined;
    const task = await resolveTask(args, log);
    const sandboxMode = args.bypassSandbox ? 'danger-full-access' : (args.sandbox ?? config.sandboxMode);
    if (args.bypassSandbox)
        log(BYPASS_WARNING);
    if (args.addDirs.length > 0 && sandboxMode !== 'workspace-write')
        log(`warning: --add-dir has no effect under the ${sandboxMode} sandbox (only workspace-write has writable roots)`);
    const images = await Promise.all(args.images.map((file) => readImageFile(path.resolve(file))));
    // Read before the sandbox and the model are set up: a bad schema costs nothing.
    const outputSchema = args.outputSchema === undefined ? undefined : await readOutputSchema(args.outputSchema, process.cwd());
    return { workspace, home, config, files, session, task, sandboxMode, images, outputSchema };
}
/** Codex's config layers and `-c` overrides, then the command line's own additions (`--add-dir`). */
async function execConfig(args, home, log) {
    const overrides = args.model === undefined ? args.overrides : [...args.overrides, `model=${JSON.stringify(args.model)}`];
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
    });
    for (const warning of [...config.warnings, ...featureWarnings(args.features)])
        log(`warning: ${warning}`);
    const writable = config.sandboxWorkspaceWrite;
    const withDirs = {
        ...config,
        sandboxWorkspaceWrite: { ...writable, writableRoots: [...writable.writableRoots, ...args.addDirs] },
    };
    return { config: withDirs, files };
}

const PREVIEW_LINES = 6;
const CHANGE_LETTER = { add: 'A', update: 'M', delete: 'D' };
/** The label that starts a block, and its colour (ANSI SGR), as Codex colours them. */
const LABEL_COLORS = {
    exec: '35',
    codex: '35',
    thinking: '35',
    'tokens used': '2',
    plan: '36',
    apply_patch: '36',
    error: '31',
    'tool error': '31',
};
function progressPrinter(write, options = { color: false }) {
    return (event) => {
        const text = describe(event);
        if (text !== undefined)
            write(`${options.color ? colored(text) : text}\n`);
    };
}
/** `--color`: `auto` colours only a terminal, and never when NO_COLOR is set (as Codex does). */
function useColor(choice, stream, env) {
    if (choice !== 'auto')
        return choice === 'always';
    return stream.isTTY === true && (env.NO_COLOR ?? '') === '';
}
function colored(text) {
    const label = /^[a-z_ ]+(?=[: ])/i.exec(text)?.[0];
    const code = label === undefined ? undefined : LABEL_COLORS[label];
    if (label === undefined || code === undefined)
        return text;
    return `\u001b[${code};1m${label}\u001b[0m${text.slice(label.length)}`;
}
function describe(event) {
    switch (event.type) {
        case 'item.started':
            return event.item.type === 'command_execution' ? `exec ${event.item.command}` : undefined;
        case 'item.completed':
            return describeItem(event.item);
        case 'turn.completed': {
            const { input_tokens, cached_input_tokens, cache_write_input_tokens, output_tokens } = event.usage;
            // Cache writes are said only when the provider reported some (most never do).
            const written = cache_write_input_tokens > 0 ? `, ${cache_write_input_tokens} written to cache` : '';
            return `tokens used: ${input_tokens} in (${cached_input_tokens} cached${written}), ${output_tokens} out`;
        }
        // The reason a run stopped (the `error` event) is printed once, by the caller, as `error: \u2026`.
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
    return [...lines.slice(0, PREVIEW_LINES), `\u2026 +${lines.length - PREVIEW_LINES} lines`].join('\n');
}
function indent(text) {
    return text === '' ? '' : text.replace(/^/gm, '    ');
}

// `exec --help` and the usage line printed with a bad argument, laid out as clap (which `codex
// exec` uses) lays them out, so people and scripts used to Codex read them the same way.
const EXEC_USAGE_LINE = `Usage: node dist/cli.js exec [OPTIONS] [PROMPT]
       node dist/cli.js exec [OPTIONS] resume [SESSION_ID|--last] [PROMPT]`;
const EXEC_HELP = `Run the agent non-interactively on a folder, like \`codex exec\`

${EXEC_USAGE_LINE}

Commands:
  resume  Resume a saved session ($CODEX_HOME/sessions) by id, or the newest for this folder with
          --last; PROMPT (else stdin) is the next user turn

Arguments:
  [PROMPT]  Instructions for the agent. If not given as an argument (or if \`-\` is used), they are
            read from stdin. If stdin is piped and a prompt is also given, stdin is appended as a
            <stdin> block

Options:
  -C, --cd <DIR>                     The folder the agent works in [default: the current folder]
  -c, --config <key=value>           Override a config value (TOML), e.g. -c model="gpt-5"; repeatable
      --config-file <FILE>           Read FILE in place of $CODEX_HOME/config.toml (trusted like it)
      --ignore-user-config           Do not read $CODEX_HOME/config.toml or its profile files
      --strict-config                Stop on unknown config keys instead of warning
  -p, --profile <NAME>               Apply $CODEX_HOME/NAME.config.toml, else [profiles.NAME]
      --oss                          Use a local provider (ollama or lmstudio) and its default model
      --local-provider <ID>          The provider --oss uses [possible values: ollama, lmstudio]
  -m, --model <MODEL>                The model to use
  -s, --sandbox <MODE>               Sandbox policy for commands [possible values: read-only,
                                     workspace-write, danger-full-access]
      --json                         Print Codex's JSONL events on stdout
  -o, --output-last-message <FILE>   Write the agent's last message to FILE
      --output-schema <FILE>         JSON Schema the final message must match (printed as that JSON)
  -i, --image <FILE>                 Images to attach to the prompt; repeatable or comma-separated
      --max-turns <N>                Stop after N model turns [default: 80]
      --timeout-minutes <N>          Stop after N minutes [default: 30]
      --max-cost-usd <USD>           Stop once the run has cost this much (needs a known price)
      --max-tokens <N>               Stop once the run has used N tokens (input + output)
      --skip-git-repo-check          Allow running outside a git repository
      --dangerously-bypass-approvals-and-sandbox
                                     Run commands without a sandbox and without approval (alias:
                                     --yolo). EXTREMELY DANGEROUS: only where something else
                                     sandboxes the run
      --color <COLOR>                Colour the progress on stderr [default: auto] [possible values:
                                     always, never, auto]
      --ephemeral                    Do not save the session under $CODEX_HOME/sessions
      --add-dir <DIR>                Another folder commands may write to (workspace-write);
                                     repeatable
      --enable <FEATURE>             Codex's -c features.<FEATURE>=true: accepted, has no effect here
      --disable <FEATURE>            Codex's -c features.<FEATURE>=false: accepted, has no effect here
      --last                         resume: the newest session whose last turn ran in this folder
      --all                          resume: look at the sessions of every folder
  -h, --help                         Print help
  -V, --version                      Print version`;
function versionText() {
    return `codex-pr-action exec ${VERSION}`;
}
/** clap's shape for a bad argument: the error, the usage line, and where to learn more. */
function usageErrorText(message) {
    return `error: ${message}\n\n${EXEC_USAGE_LINE}\n\nFor more information, try '--help'.\n`;
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
    const { args } = request;
    // As Codex: a git repository is the sign that the folder's changes can be reviewed and undone.
    if (!args.skipGitRepoCheck && !args.bypassSandbox && !insideGitRepo(args.cd)) {
        log(NOT_IN_GIT_REPO);
        return 1;
    }
    try {
        const result = await execute(args, log);
        return exitCodeFor(result);
    }
    catch (error) {
        if (error instanceof UsageError) {
            process.stderr.write(usageErrorText(error.message));
            return 2;
        }
        log(`error: ${errorMessage(error)}`);
        return 1;
    }
}
async function execute(args, log) {
    const run = await prepareRun(args, log);
    const { config, workspace, sandboxMode } = run;
    const parts = await setupAgent({ config, workspace, sandboxMode, env: process.env, log });
    const threadId = run.session?.id ?? randomUUID();
    // --yolo: nothing waits for a person, as with Codex's approval "never".
    const approvalPolicy = args.bypassSandbox ? 'never' : parts.approvalPolicy;
    const cancel = cancelOnSignals();
    try {
        log(runHeader(run, threadId));
        const options = await agentOptions(args, run, parts, { threadId, approvalPolicy, signal: cancel.signal });
        const result = await runAgentWithSchema(options, run.outputSchema);
        if (!args.ephemeral) {
            const context = { cwd: workspace, model: config.model, sandbox: sandboxMode, approvalPolicy };
            const saved = { context, provider: config.provider.id, task: run.task, result, log };
            await saveRollout(rolloutTarget(threadId, run.session), saved);
        }
        await report(result, args, log);
        return result;
    }
    finally {
        cancel.release();
        // MCP servers stop however the run ends: completed, failed, thrown, or cancelled by a signal.
        await parts.close();
    }
}
/** Ctrl-C or a kill cancels the run (the loop stops and the run ends as cancelled) instead of the process dying. */
function cancelOnSignals() {
    const cancel = new AbortController();
    const onSignal = () => cancel.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const release = () => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    };
    return { signal: cancel.signal, release };
}
/** What the run says about itself on stderr before the first model call. */
function runHeader(run, threadId) {
    const { config, files, session } = run;
    const { provider } = config;
    return [
        `workdir: ${run.workspace}`,
        `model: ${config.model} (provider ${provider.id}, ${provider.wireApi} API, ${new URL(provider.baseUrl).host})`,
        `config: ${files.length > 0 ? files.join(', ') : 'defaults (no config file)'}`,
        `session id: ${threadId}${session ? ` (resumed from ${session.file})` : ''}`,
        `user: ${run.task}`,
    ].join('\n');
}
/** The loop's options: the prepared run, the agent's parts, the budgets, and where events go. */
async function agentOptions(args, run, parts, thread) {
    const { config, workspace, session, task } = run;
    const printProgress = progressPrinter((text) => process.stderr.write(text), {
        color: useColor(args.color, process.stderr, process.env),
    });
    const writeJson = (event) => process.stdout.write(`${codexJsonLine(event, workspace)}\n`);
    return {
        task,
        images: run.images,
        workspace,
        ...parts,
        ...thread,
        resume: session ? { history: session.history, note: task } : undefined,
        reasoningEffort: config.modelReasoningEffort,
        budgets: {
            maxTurns: args.maxTurns,
            timeoutMs: args.timeoutMinutes * 60_000,
            maxCostUsd: args.maxCostUsd,
            maxTokens: args.maxTokens,
        },
        projectDocMaxBytes: config.projectDocMaxBytes,
        projectDocs: await loadProjectDocs(workspace, config.projectDocMaxBytes, {
            codexHome: run.home,
            fallbackFilenames: config.projectDocFallbackFilenames,
        }),
        onEvent: (event) => {
            printProgress(event);
            if (args.json)
                writeJson(event);
        },
    };
}
function rolloutTarget(threadId, session) {
    return session
        ? { file: session.file, id: session.id, previous: session.history }
        : { file: newRolloutFile(process.env, threadId), id: threadId, previous: undefined };
}
/** A session that cannot be saved costs `exec resume`, not the run: said, and the run goes on. */
async function saveRollout(target, run) {
    try {
        await recordRun(target, run.context, run.task, run.result, run.provider);
    }
    catch (error) {
        run.log(`warning: the session was not saved to ${target.file}: ${errorMessage(error)}`);
    }
}
async function report(result, args, log) {
    // With --output-schema, the final message is the validated JSON.
    const finalMessage = result.structuredOutput ?? result.finalMessage;
    if (args.outputLastMessage !== undefined)
        await writeFile(args.outputLastMessage, finalMessage);
    const cost = result.costUsd === undefined ? 'cost unknown (no price for this model)' : `$${result.costUsd.toFixed(4)}`;
    const requests = `${result.modelRequests} model request${result.modelRequests === 1 ? '' : 's'}`;
    log(`${result.status}: ${result.turns} turns, ${requests}, ${(result.durationMs / 1000).toFixed(1)} s, ${cost}`);
    if (result.status === 'completed') {
        if (!args.json)
            process.stdout.write(`${finalMessage}\n`);
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

export { runExecCli };
