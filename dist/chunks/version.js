import { randomBytes } from 'node:crypto';
import { constants } from 'node:os';
import { constants as constants$1 } from 'node:fs';
import { unlink, open, stat, writeFile, chmod, rename, rm, mkdir, realpath, lstat } from 'node:fs/promises';
import path from 'node:path';
import { e as errorMessage } from './errors.js';

// Locating a chunk's lines in a file, as codex-rs/apply-patch/src/seek_sequence.rs does: the
// first position at or after `start` where the pattern matches exactly, else ignoring trailing
// whitespace, else ignoring surrounding whitespace, else with typographic punctuation normalised.
//
// Codex scans every position at every level, which is quadratic when a level fails on a big
// file. Here each level keeps a map from a line's key to its ascending positions, built once
// per file on first use; a search walks the positions of the pattern's rarest line and verifies
// candidates in order, so it returns the same (smallest) index Codex would, in time proportional
// to the candidates rather than to the file.
// Rust's char::is_whitespace set (what `str::trim` strips), which differs from JS's \s.
const RUST_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const LEADING_SPACE = new RegExp(`^[${RUST_SPACE}]+`);
const TRAILING_SPACE = new RegExp(`[${RUST_SPACE}]+$`);
function rustTrimEnd(text) {
    return TRAILING_SPACE.test(text) ? text.replace(TRAILING_SPACE, '') : text;
}
function rustTrim(text) {
    const end = rustTrimEnd(text);
    return LEADING_SPACE.test(end) ? end.replace(LEADING_SPACE, '') : end;
}
const PUNCTUATION = /[\u2010-\u2015\u2212\u2018-\u201b\u201c-\u201f\u00a0\u2002-\u200a\u202f\u205f\u3000]/g;
function asciiPunctuation(char) {
    const code = char.charCodeAt(0);
    if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212)
        return '-';
    if (code >= 0x2018 && code <= 0x201b)
        return "'";
    if (code >= 0x201c && code <= 0x201f)
        return '"';
    return ' ';
}
function normalise(text) {
    return rustTrim(text).replace(PUNCTUATION, asciiPunctuation);
}
const identity = (text) => text;
const LEVELS = [identity, rustTrimEnd, rustTrim, normalise];
class LineSeeker {
    lines;
    levels = [];
    constructor(lines) {
        this.lines = lines;
    }
    /** Index of the first match at or after `start` (only at the very end when `eof`), or undefined. */
    seek(pattern, start, eof) {
        if (pattern.length === 0)
            return start;
        const last = this.lines.length - pattern.length;
        if (last < 0)
            return undefined;
        const from = eof ? last : start;
        if (from > last)
            return undefined;
        for (let level = 0; level < LEVELS.length; level++) {
            const found = eof ? this.matchAt(level, pattern, last) : this.firstMatch(level, pattern, from, last);
            if (found !== undefined)
                return found;
        }
        return undefined;
    }
    matchAt(level, pattern, at) {
        const key = LEVELS[level];
        for (let offset = 0; offset < pattern.length; offset++) {
            if (key(this.lines[at + offset]) !== key(pattern[offset]))
                return undefined;
        }
        return at;
    }
    firstMatch(level, pattern, from, last) {
        const index = this.index(level);
        const key = LEVELS[level];
        const wanted = pattern.map(key);
        // Anchor on the rarest pattern line: fewest candidates to verify.
        let anchor = 0;
        let anchorPositions;
        for (let offset = 0; offset < wanted.length; offset++) {
            const positions = index.positions.get(wanted[offset]);
            if (positions === undefined)
                return undefined;
            if (anchorPositions === undefined || positions.length < anchorPositions.length) {
                anchor = offset;
                anchorPositions = positions;
            }
        }
        const candidates = anchorPositions;
        for (let at = lowerBound(candidates, from + anchor); at < candidates.length; at++) {
            const begin = candidates[at] - anchor;
            if (begin > last)
                return undefined;
            if (matchesKeys(index.keys, wanted, begin))
                return begin;
        }
        return undefined;
    }
    index(level) {
        const existing = this.levels[level];
        if (existing)
            return existing;
        const key = LEVELS[level];
        const keys = level === 0 ? this.lines : this.lines.map(key);
        const positions = new Map();
        keys.forEach((lineKey, position) => {
            const list = positions.get(lineKey);
            if (list)
                list.push(position);
            else
                positions.set(lineKey, [position]);
        });
        const built = { keys, positions };
        this.levels[level] = built;
        return built;
    }
}
function matchesKeys(keys, wanted, begin) {
    for (let offset = 0; offset < wanted.length; offset++) {
        if (keys[begin + offset] !== wanted[offset])
            return false;
    }
    return true;
}
/** First index in the ascending `values` whose value is >= `target`. */
function lowerBound(values, target) {
    let low = 0;
    let high = values.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (values[middle] < target)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

// Applies parsed hunks to disk in order, as codex-rs/apply-patch/src/lib.rs does: Add writes
// (overwriting), Delete removes a file, Update rewrites (and Move writes the new name, then
// removes the old). The first failure stops; what was written before it stays, as in Codex.
//
// Beyond Codex: content is written to a temporary file and renamed over the target, so a hard
// link planted in the workspace never carries a write to a file outside it (and a crash never
// leaves half a file); line endings (LF/CRLF) of an updated file are kept, as newer Codex does.
class ApplyError extends Error {
}
/** Applies hunks in order, pushing each completed change to `changes`; throws ApplyError. */
async function applyHunks(hunks, changes) {
    for (const hunk of hunks) {
        if (hunk.type === 'add') {
            await createParents(hunk.path);
            await attempt(`Failed to write file ${hunk.path.display}`, () => replaceFile(hunk.path.ioPath, hunk.contents));
            changes.push({ path: hunk.path.relative, kind: 'add' });
        }
        else if (hunk.type === 'delete') {
            await attempt(`Failed to delete file ${hunk.path.display}`, () => unlink(hunk.path.absolute));
            changes.push({ path: hunk.path.relative, kind: 'delete' });
        }
        else {
            await applyUpdate(hunk.path, hunk.movePath, hunk.chunks);
            const change = { path: hunk.path.relative, kind: 'update' };
            if (hunk.movePath)
                change.movePath = hunk.movePath.relative;
            changes.push(change);
        }
    }
}
async function applyUpdate(source, destination, chunks) {
    const original = await attempt(`Failed to read file to update ${source.display}`, () => readText(source.ioPath));
    const updated = updateText(original, chunks, source.display);
    if (destination === undefined) {
        await attempt(`Failed to write file ${source.display}`, () => replaceFile(source.ioPath, updated, source.ioPath));
        return;
    }
    await createParents(destination);
    await attempt(`Failed to write file ${destination.display}`, () => replaceFile(destination.ioPath, updated, source.ioPath));
    // Codex would delete the file it just wrote when a move names the file itself.
    if (destination.ioPath === source.ioPath || destination.absolute === source.absolute)
        return;
    await attempt(`Failed to remove original ${source.display}`, () => unlink(source.absolute));
}
async function createParents(target) {
    await attempt(`Failed to create parent directories for ${target.display}`, () => mkdir(path.dirname(target.ioPath), { recursive: true }));
}
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
async function readText(file) {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    const handle = await open(file, constants$1.O_RDONLY | constants$1.O_NONBLOCK);
    let bytes;
    try {
        if (!(await handle.stat()).isFile())
            throw new ApplyError('not a regular file (a FIFO, socket or device); apply_patch edits regular files only');
        bytes = await handle.readFile();
    }
    finally {
        await handle.close();
    }
    try {
        return utf8.decode(bytes);
    }
    catch {
        throw new ApplyError('stream did not contain valid UTF-8');
    }
}
/** Writes beside the target, then renames over it, keeping the mode of `modeFrom`. */
async function replaceFile(target, contents, modeFrom) {
    const mode = modeFrom ? (await stat(modeFrom).catch(() => undefined))?.mode : undefined;
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.apply_patch.tmp`);
    try {
        await writeFile(temporary, contents, { flag: 'wx' });
        if (mode !== undefined)
            await chmod(temporary, mode & 0o7777);
        await rename(temporary, target);
    }
    catch (error) {
        await rm(temporary, { force: true }).catch(() => undefined);
        throw error;
    }
}
async function attempt(context, action) {
    try {
        return await action();
    }
    catch (error) {
        throw new ApplyError(`${context}: ${describeError(error)}`);
    }
}
const ERRNO_TEXT = {
    ENOENT: 'No such file or directory',
    EISDIR: 'Is a directory',
    ENOTDIR: 'Not a directory',
    EACCES: 'Permission denied',
    EPERM: 'Operation not permitted',
    EEXIST: 'File exists',
    ENOSPC: 'No space left on device',
    EROFS: 'Read-only file system',
    ENOTEMPTY: 'Directory not empty',
    ENAMETOOLONG: 'File name too long',
};
/** Reads like Rust's io::Error ("No such file or directory (os error 2)"). */
function describeError(error) {
    if (error instanceof ApplyError)
        return error.message;
    const code = error?.code;
    if (typeof code === 'string') {
        const errno = constants.errno[code];
        const text = ERRNO_TEXT[code] ?? code;
        return errno === undefined ? text : `${text} (os error ${errno})`;
    }
    return errorMessage(error);
}
/** The new content of a file after the chunks; throws ApplyError when a chunk is not found. */
function updateText(original, chunks, displayPath) {
    const file = splitFile(original);
    const replacements = computeReplacements(file.texts, chunks, displayPath);
    return joinFile(file, replacements);
}
function splitFile(contents) {
    const texts = contents.split('\n');
    const endings = new Array(texts.length).fill('\n');
    if (texts.at(-1) === '') {
        texts.pop();
        endings.pop();
    }
    else
        endings[endings.length - 1] = '';
    for (let index = 0; index < texts.length; index++) {
        const text = texts[index];
        if (endings[index] === '\n' && text.endsWith('\r')) {
            texts[index] = text.slice(0, -1);
            endings[index] = '\r\n';
        }
    }
    // Like rustfmt and newer Codex: the first newline sets the style of inserted lines.
    return { texts, endings, preferredEnding: endings[0] || '\n' };
}
function computeReplacements(lines, chunks, displayPath) {
    const seeker = new LineSeeker(lines);
    const replacements = [];
    let lineIndex = 0;
    for (const chunk of chunks) {
        for (const context of chunk.contextLines) {
            const found = seeker.seek([context], lineIndex, false);
            if (found === undefined)
                throw new ApplyError(`Failed to find context '${context}' in ${displayPath}`);
            lineIndex = found + 1;
        }
        if (chunk.oldLines.length === 0) {
            // Codex appends a pure addition at the end (before a final empty line), whatever its context.
            const insertAt = lines.at(-1) === '' ? lines.length - 1 : lines.length;
            replacements.push({ start: insertAt, oldLength: 0, newLines: chunk.newLines });
            continue;
        }
        let pattern = chunk.oldLines;
        let newLines = chunk.newLines;
        let found = seeker.seek(pattern, lineIndex, chunk.isEndOfFile);
        // A trailing empty old line often stands for the file's final newline: retry without it.
        if (found === undefined && pattern.at(-1) === '') {
            pattern = pattern.slice(0, -1);
            if (newLines.at(-1) === '')
                newLines = newLines.slice(0, -1);
            found = seeker.seek(pattern, lineIndex, chunk.isEndOfFile);
        }
        if (found === undefined) {
            throw new ApplyError(`Failed to find expected lines in ${displayPath}:\n${chunk.oldLines.join('\n')}`);
        }
        const start = found;
        const matched = pattern.length;
        // Context lines keep the file's text (as Codex does): they may have matched only after
        // whitespace or Unicode normalisation, and rewriting them would be a change nobody asked for.
        const written = newLines.map((line, index) => {
            const old = chunk.newFromOld[index];
            return old === null || old === undefined || old >= matched ? line : (lines[start + old] ?? line);
        });
        replacements.push({ start, oldLength: matched, newLines: written });
        lineIndex = found + pattern.length;
    }
    // Stable, like Rust's sort_by: pure additions at the same index keep patch order.
    return replacements.sort((left, right) => left.start - right.start);
}
function joinFile(file, replacements) {
    const parts = [];
    let cursor = 0;
    const copyOriginal = (until) => {
        // Every line ends with a newline after an update, as in Codex (an unterminated last line too).
        for (; cursor < until; cursor++)
            parts.push(file.texts[cursor], file.endings[cursor] || file.preferredEnding);
    };
    for (const replacement of replacements) {
        if (replacement.start < cursor)
            return joinOverlapping(file, replacements);
        copyOriginal(replacement.start);
        for (const line of replacement.newLines)
            parts.push(line, file.preferredEnding);
        cursor = replacement.start + replacement.oldLength;
    }
    copyOriginal(file.texts.length);
    return parts.join('');
}
/** Overlapping replacements (rare): Codex's own back-to-front splicing, quadratic but exact. */
function joinOverlapping(file, replacements) {
    const lines = file.texts.map((text, index) => ({ text, ending: file.endings[index] }));
    for (const { start, oldLength, newLines } of [...replacements].reverse()) {
        lines.splice(start, Math.min(oldLength, Math.max(0, lines.length - start)));
        const inserted = newLines.map((text) => ({ text, ending: file.preferredEnding }));
        lines.splice(Math.min(start, lines.length), 0, ...inserted);
    }
    return lines.map(({ text, ending }) => text + (ending || file.preferredEnding)).join('');
}

// Codex patch text \u2192 typed hunks, following codex-rs/apply-patch/src/parser.rs (lenient mode):
// the same grammar, the same error messages and line numbers, so a model that learned Codex's
// errors reads ours the same way. No I/O here.
//
// Deliberate leniencies beyond Codex, only where no diff line could be meant: trailing
// whitespace after `@@`, `*** Move to:` and `*** End of File` (lines starting with `@` or `*` are
// never context lines), stacked `@@ ctx` lines (newer Codex), any heredoc delimiter.
const BEGIN_PATCH = '*** Begin Patch';
const END_PATCH = '*** End Patch';
const ADD_FILE = '*** Add File: ';
const DELETE_FILE = '*** Delete File: ';
const UPDATE_FILE = '*** Update File: ';
const MOVE_TO = '*** Move to: ';
const END_OF_FILE = '*** End of File';
class HunkError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
class PatchError extends Error {
}
/** Parses a whole patch; errors read as Codex prints them ("Invalid patch\u2026"). */
function parsePatch(text) {
    const lines = splitLines(rustTrim(text));
    try {
        const [start, end] = findBody(lines);
        return { ok: true, hunks: parseHunks(lines, start, end) };
    }
    catch (error) {
        if (error instanceof HunkError) {
            const full = `Invalid patch hunk on line ${error.line}: ${error.message}`;
            return { ok: false, error: full, line: error.line, message: error.message };
        }
        if (error instanceof PatchError)
            return { ok: false, error: `Invalid patch: ${error.message}`, message: error.message };
        throw error;
    }
}
/** Rust's `str::lines`: split on LF, drop one CR before it, no empty last line. */
function splitLines(text) {
    if (text === '')
        return [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.endsWith('\r'))
            lines[i] = line.slice(0, -1);
    }
    if (lines.at(-1) === '')
        lines.pop();
    return lines;
}
/** Returns [first hunk line, end) after checking the markers, unwrapping a heredoc if needed. */
function findBody(lines) {
    const strictError = checkBoundaries(lines, 0, lines.length);
    if (strictError === undefined)
        return [1, lines.length - 1];
    // gpt-4.1 style: ["apply_patch", "<<'EOF'\n*** Begin Patch\n\u2026\n*** End Patch\nEOF\n"].
    const delimiter = heredocDelimiter(lines[0]);
    if (delimiter !== undefined && lines.length >= 4 && lines.at(-1).endsWith(delimiter)) {
        const innerError = checkBoundaries(lines, 1, lines.length - 1);
        if (innerError !== undefined)
            throw new PatchError(innerError);
        return [2, lines.length - 2];
    }
    throw new PatchError(strictError);
}
function heredocDelimiter(firstLine) {
    const match = /^<<-?(?:'(\w+)'|"(\w+)"|(\w+))$/.exec(firstLine ?? '');
    return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}
function checkBoundaries(lines, start, end) {
    const first = start < end ? rustTrim(lines[start]) : undefined;
    const last = start < end ? rustTrim(lines[end - 1]) : undefined;
    if (first === BEGIN_PATCH && last === END_PATCH && end - start >= 2)
        return undefined;
    if (first !== BEGIN_PATCH)
        return "The first line of the patch must be '*** Begin Patch'";
    return "The last line of the patch must be '*** End Patch'";
}
function parseHunks(lines, start, end) {
    const hunks = [];
    let index = start;
    let lineNumber = 2;
    while (index < end) {
        const { hunk, consumed } = parseOneHunk(lines, index, end, lineNumber);
        hunks.push(hunk);
        index += consumed;
        lineNumber += consumed;
    }
    return hunks;
}
function parseOneHunk(lines, start, end, lineNumber) {
    const header = rustTrim(lines[start]);
    if (header.startsWith(ADD_FILE)) {
        const contents = [];
        let index = start + 1;
        for (; index < end && lines[index].startsWith('+'); index++) {
            contents.push(lines[index].slice(1), '\n');
        }
        return {
            hunk: { type: 'add', path: header.slice(ADD_FILE.length), contents: contents.join('') },
            consumed: index - start,
        };
    }
    if (header.startsWith(DELETE_FILE)) {
        return { hunk: { type: 'delete', path: header.slice(DELETE_FILE.length) }, consumed: 1 };
    }
    if (header.startsWith(UPDATE_FILE))
        return parseUpdateHunk(lines, start, end, lineNumber, header.slice(UPDATE_FILE.length));
    throw new HunkError(`'${header}' is not a valid hunk header. Valid hunk headers: '*** Add File: {path}', '*** Delete File: {path}', '*** Update File: {path}'`, lineNumber);
}
function parseUpdateHunk(lines, start, end, lineNumber, path) {
    let index = start + 1;
    let movePath;
    const moveLine = index < end ? rustTrimEnd(lines[index]) : '';
    if (moveLine.startsWith(MOVE_TO)) {
        movePath = moveLine.slice(MOVE_TO.length);
        index++;
    }
    const chunks = [];
    while (index < end) {
        const line = lines[index];
        // Blank lines may separate chunks.
        if (rustTrim(line) === '') {
            index++;
            continue;
        }
        if (line.startsWith('***'))
            break;
        const parsed = parseChunk(lines, index, end, lineNumber + (index - start), chunks.length === 0);
        chunks.push(parsed.chunk);
        index += parsed.consumed;
    }
    if (chunks.length === 0)
        throw new HunkError(`Update file hunk for path '${path}' is empty`, lineNumber);
    return { hunk: { type: 'update', path, movePath, chunks }, consumed: index - start };
}
function contextMarker(line) {
    if (!line.startsWith('@@'))
        return undefined;
    if (rustTrimEnd(line) === '@@')
        return { context: undefined };
    return line.startsWith('@@ ') ? { context: line.slice(3) } : undefined;
}
function parseChunk(lines, start, end, lineNumber, allowMissingContext) {
    const chunk = {
        contextLines: [],
        oldLines: [],
        newLines: [],
        newFromOld: [],
        isEndOfFile: false,
    };
    let index = start;
    for (let marker = contextMarker(lines[index]); marker; marker = contextMarker(lines[index])) {
        if (marker.context !== undefined)
            chunk.contextLines.push(marker.context);
        if (++index >= end)
            break;
    }
    if (index === start && !allowMissingContext) {
        throw new HunkError(`Expected update hunk to start with a @@ context marker, got: '${lines[start]}'`, lineNumber);
    }
    const bodyLineNumber = lineNumber + (index - start);
    if (index >= end)
        throw new HunkError('Update hunk does not contain any lines', bodyLineNumber);
    const bodyStart = index;
    for (; index < end; index++) {
        const line = lines[index];
        if (line.startsWith('*') && rustTrimEnd(line) === END_OF_FILE) {
            if (index === bodyStart)
                throw new HunkError('Update hunk does not contain any lines', bodyLineNumber);
            chunk.isEndOfFile = true;
            index++;
            break;
        }
        if (!addDiffLine(chunk, line)) {
            if (index === bodyStart) {
                throw new HunkError(`Unexpected line found in update hunk: '${line}'. Every line should start with ' ' (context line), '+' (added line), or '-' (removed line)`, bodyLineNumber);
            }
            break; // the start of the next chunk or hunk
        }
    }
    return { chunk, consumed: index - start };
}
function addDiffLine(chunk, line) {
    const marker = line[0];
    const text = line.slice(1);
    if (marker === undefined || marker === ' ') {
        // An empty line is an empty context line (editors strip the lone space).
        const context = marker === undefined ? '' : text;
        chunk.newFromOld.push(chunk.oldLines.length);
        chunk.oldLines.push(context);
        chunk.newLines.push(context);
    }
    else if (marker === '+') {
        chunk.newFromOld.push(null);
        chunk.newLines.push(text);
    }
    else if (marker === '-')
        chunk.oldLines.push(text);
    else
        return false;
    return true;
}

// Path safety for patches (beyond Codex): a patch written by a hostile model may only touch
// files inside the workspace. Every path of every hunk is checked before the first write, and
// the applier then works on the checked absolute paths only, so `a/../b` never goes through `a`.
class UnsafePathError extends Error {
}
// C0, DEL and C1 controls: they hide or reorder what a reviewer sees in a path.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
function quotePath(rawPath) {
    return JSON.stringify(rawPath);
}
async function openWorkspace(workspace, cwd) {
    const root = path.resolve(workspace);
    const realRoot = await realpath(root).catch(() => {
        throw new UnsafePathError(`workspace ${quotePath(root)} does not exist`);
    });
    const resolvedCwd = path.resolve(root, cwd ?? root);
    if (!isInside(root, resolvedCwd, true)) {
        throw new UnsafePathError(`working directory ${quotePath(resolvedCwd)} is outside the workspace`);
    }
    const realCwd = await realpath(resolvedCwd).catch(() => undefined);
    if (realCwd !== undefined && !isInside(realRoot, realCwd, true)) {
        throw new UnsafePathError(`working directory ${quotePath(resolvedCwd)} leaves the workspace through a symlink`);
    }
    return { root, realRoot, cwd: resolvedCwd };
}
/** Checks one patch path; throws UnsafePathError naming it. */
async function checkPatchPath(rawPath, workspace) {
    const shown = quotePath(rawPath);
    if (rawPath === '')
        throw new UnsafePathError('apply_patch rejected an empty path');
    if (CONTROL_CHARACTER.test(rawPath)) {
        throw new UnsafePathError(`apply_patch rejected path ${shown}: it contains a NUL or control character`);
    }
    if (path.isAbsolute(rawPath)) {
        throw new UnsafePathError(`apply_patch rejected path ${shown}: absolute paths are not allowed; use a path relative to the workspace`);
    }
    const absolute = path.resolve(workspace.cwd, rawPath);
    if (absolute === workspace.root) {
        throw new UnsafePathError(`apply_patch rejected path ${shown}: it names the workspace folder itself, not a file`);
    }
    if (!isInside(workspace.root, absolute, false)) {
        throw new UnsafePathError(`apply_patch rejected path ${shown}: it escapes the workspace`);
    }
    const relative = path.relative(workspace.root, absolute);
    if (touchesGitDirectory(relative)) {
        throw new UnsafePathError(`apply_patch rejected path ${shown}: files under .git/ may not be changed`);
    }
    const ioPath = await checkSymlinks(relative, workspace, shown);
    return { display: rawPath, absolute, ioPath, relative: relative.split(path.sep).join('/') };
}
/** Walks every existing component; a symlink must resolve inside the workspace and outside .git. */
async function checkSymlinks(relative, workspace, shown) {
    const segments = relative.split(path.sep);
    let current = workspace.root;
    for (let index = 0; index < segments.length; index++) {
        current = path.join(current, segments[index]);
        const stats = await lstat(current).catch((error) => {
            if (isMissing(error))
                return undefined;
            throw error;
        });
        if (stats === undefined)
            return path.resolve(workspace.root, relative);
        if (!stats.isSymbolicLink())
            continue;
        const target = await realpath(current).catch(() => {
            throw new UnsafePathError(`apply_patch rejected path ${shown}: it goes through a symlink that cannot be resolved`);
        });
        if (!isInside(workspace.realRoot, target, false)) {
            throw new UnsafePathError(`apply_patch rejected path ${shown}: it goes through a symlink that leaves the workspace`);
        }
        if (touchesGitDirectory(path.relative(workspace.realRoot, target))) {
            throw new UnsafePathError(`apply_patch rejected path ${shown}: it goes through a symlink into .git/`);
        }
        if (index === segments.length - 1)
            return target;
    }
    return path.resolve(workspace.root, relative);
}
function isMissing(error) {
    const code = error?.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}
function isInside(root, candidate, allowRoot) {
    const relative = path.relative(root, candidate);
    if (relative === '')
        return allowRoot;
    return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
function touchesGitDirectory(relative) {
    return relative.split(path.sep).some((segment) => segment.toLowerCase() === '.git');
}

// The Codex `apply_patch` applier: parse, check every path, then apply in order. Output and exit
// codes read as Codex's standalone `apply_patch` prints them; stderr is always one line.
const READ_ONLY_REFUSAL = 'the read-only sandbox policy forbids edits; apply_patch changed nothing (this task may only read files)';
async function applyPatch(patchText, options) {
    if (options.readOnly)
        return failure(READ_ONLY_REFUSAL, []);
    const parsed = parsePatch(patchText);
    if (!parsed.ok)
        return failure(parsed.error, []);
    if (parsed.hunks.length === 0)
        return failure('No files were modified.', []);
    let checked;
    try {
        const workspace = await openWorkspace(options.workspace, options.cwd);
        checked = await checkHunks(parsed.hunks, workspace);
    }
    catch (error) {
        return failure(failureText(error), []);
    }
    const changes = [];
    try {
        await applyHunks(checked, changes);
    }
    catch (error) {
        return failure(failureText(error), changes);
    }
    return { ok: true, exitCode: 0, stdout: summary(checked), stderr: '', changes };
}
/** All paths, Move to included, are checked before anything is written. */
async function checkHunks(hunks, workspace) {
    const checked = [];
    for (const hunk of hunks) {
        const target = await checkPatchPath(hunk.path, workspace);
        if (hunk.type === 'add')
            checked.push({ type: 'add', path: target, contents: hunk.contents });
        else if (hunk.type === 'delete')
            checked.push({ type: 'delete', path: target });
        else {
            const movePath = hunk.movePath === undefined ? undefined : await checkPatchPath(hunk.movePath, workspace);
            checked.push({ type: 'update', path: target, movePath, chunks: hunk.chunks });
        }
    }
    return checked;
}
/** Codex's summary: added, then modified (a move shows its new name), then deleted. */
function summary(hunks) {
    const added = [];
    const modified = [];
    const deleted = [];
    for (const hunk of hunks) {
        if (hunk.type === 'add')
            added.push(`A ${hunk.path.display}`);
        else if (hunk.type === 'delete')
            deleted.push(`D ${hunk.path.display}`);
        else
            modified.push(`M ${(hunk.movePath ?? hunk.path).display}`);
    }
    return ['Success. Updated the following files:', ...added, ...modified, ...deleted, ''].join('\n');
}
function failure(message, changes) {
    return { ok: false, exitCode: 1, stdout: '', stderr: `${withUnixNewlines(message)}\n`, changes };
}
function failureText(error) {
    if (error instanceof UnsafePathError || error instanceof ApplyError)
        return error.message;
    return `apply_patch failed: ${errorMessage(error)}`;
}
/** Line breaks as `\n`, whatever the patch used, so the message prints as Codex prints it. */
function withUnixNewlines(message) {
    return message.replace(/\r\n?/g, '\n');
}

// The action's version, shown by `/codex status` and in reports; kept equal to package.json's by a test.
const VERSION = '0.1.0';

export { READ_ONLY_REFUSAL as R, VERSION as V, applyPatch as a, parsePatch as p };
