// Real git plumbing on a bare repository: the Git Data API writes objects the same way a push does,
// so whatever the action creates through the API can be fetched, and whatever it pushes shows up in
// the API. Arguments are always passed as argv (never through a shell).
import { execFileSync } from 'node:child_process'
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface GitIdentity {
  name: string
  email: string
  date: string
}

export interface CommitInfo {
  sha: string
  tree: string
  parents: string[]
  author: GitIdentity
  committer: GitIdentity
  message: string
}

export interface TreeEntryInput {
  path: string
  mode: string
  type: 'blob' | 'tree' | 'commit'
  sha: string | null
}

export interface TreeEntry {
  path: string
  mode: string
  type: string
  sha: string
  size: number | undefined
}

/** Environment for every git the fake runs: no user or system config leaks into the fixtures. */
export const ISOLATED_GIT_ENV: Record<string, string> = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0',
}

const PRE_RECEIVE_HOOK = `#!/bin/sh
# Installed by the fake GitHub. Refuses, with GitHub's messages, pushes to the refs listed in
# fake-github-protected-refs, and (unless fake-github-workflows-permission exists) pushes whose new
# commits touch .github/workflows, which a GITHUB_TOKEN may never do.
zero=0000000000000000000000000000000000000000
status=0
while read old new ref; do
  if grep -qxF "$ref" fake-github-protected-refs 2>/dev/null; then
    echo "error: GH006: Protected branch update failed for $ref." >&2
    echo "error: Changes must be made through a pull request." >&2
    status=1
    continue
  fi
  if [ -e fake-github-workflows-permission ] || [ "$new" = "$zero" ]; then continue; fi
  if [ "$old" = "$zero" ]; then commits=$(git rev-list "$new" --not --all); else commits=$(git rev-list "$old..$new"); fi
  for commit in $commits; do
    workflow=$(git diff-tree --no-commit-id --name-only -r --root "$commit" -- .github/workflows | head -n 1)
    if [ -n "$workflow" ]; then
      echo "refusing to allow a GitHub App to create or update workflow \\\`$workflow\\\` without \\\`workflows\\\` permission" >&2
      status=1
      break
    fi
  done
done
exit $status
`

const FULL_SHA = /^[0-9a-f]{40}$/

export class BareRepo {
  /**
   * What git said about objects named by their full sha: objects never change, so each handler
   * that renders a commit, tree or merge again asks the map instead of starting git again.
   */
  private readonly byObject = new Map<string, string | Buffer | boolean | undefined>()

  constructor(readonly gitDir: string) {}

  /** `read()` once per key; `undefined` answers are not kept (the object may arrive by a push). */
  private once<T extends string | Buffer | boolean | undefined>(key: string, read: () => T): T {
    if (this.byObject.has(key)) return this.byObject.get(key) as T
    const value = read()
    if (value !== undefined) this.byObject.set(key, value)
    return value
  }

  static create(gitDir: string, defaultBranch: string): BareRepo {
    mkdirSync(gitDir, { recursive: true })
    const repo = new BareRepo(gitDir)
    repo.git(['init', '--quiet', '--bare', `--initial-branch=${defaultBranch}`])
    // As `git config` writes them, without a process each: pushes over HTTP allowed, and no
    // `git gc --auto` after every push (repositories here live for one test).
    appendFileSync(
      join(gitDir, 'config'),
      '[http]\n\treceivepack = true\n[receive]\n\tautogc = false\n[gc]\n\tauto = 0\n',
    )
    writeFileSync(join(gitDir, 'hooks', 'pre-receive'), PRE_RECEIVE_HOOK, { mode: 0o755 })
    return repo
  }

  git(args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}): string {
    return execFileSync('git', args, {
      cwd: this.gitDir,
      input: options.input,
      env: { ...process.env, ...ISOLATED_GIT_ENV, GIT_DIR: this.gitDir, ...options.env },
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    }).trimEnd()
  }

  /** Like git(), but a failing command yields undefined instead of throwing. */
  tryGit(args: string[]): string | undefined {
    try {
      return this.git(args)
    } catch {
      return undefined
    }
  }

  allowWorkflowChanges(allowed: boolean): void {
    const marker = join(this.gitDir, 'fake-github-workflows-permission')
    if (allowed) writeFileSync(marker, '')
    else rmSync(marker, { force: true })
  }

  setProtectedRefs(refs: string[]): void {
    writeFileSync(join(this.gitDir, 'fake-github-protected-refs'), refs.map((ref) => `${ref}\n`).join(''))
  }

  writeBlob(content: Buffer): string {
    return this.git(['hash-object', '-w', '--stdin'], { input: content })
  }

  readBlob(sha: string): Buffer {
    if (FULL_SHA.test(sha)) return this.once(`blob ${sha}`, () => this.readBlobNow(sha))
    return this.readBlobNow(sha)
  }

  private readBlobNow(sha: string): Buffer {
    return execFileSync('git', ['cat-file', 'blob', sha], {
      cwd: this.gitDir,
      env: { ...process.env, ...ISOLATED_GIT_ENV, GIT_DIR: this.gitDir },
      maxBuffer: 64 * 1024 * 1024,
    })
  }

  objectType(sha: string): string | undefined {
    if (!FULL_SHA.test(sha)) return undefined
    return this.once(`type ${sha}`, () => this.tryGit(['cat-file', '-t', sha]))
  }

  /** Builds a tree the way POST /git/trees does: entries (paths may be nested) over an optional base. */
  writeTree(entries: TreeEntryInput[], baseTree?: string): string {
    const scratch = mkdtempSync(join(tmpdir(), 'fake-github-index-'))
    // An empty work tree: `update-index --force-remove` refuses to run without one.
    const env = { GIT_INDEX_FILE: join(scratch, 'index'), GIT_WORK_TREE: scratch, GIT_LITERAL_PATHSPECS: '1' }
    try {
      if (baseTree) this.git(['read-tree', baseTree], { env })
      for (const entry of entries) {
        const underneath = this.git(['ls-files', '-z', '--', entry.path], { env }).split('\0').filter(Boolean)
        if (underneath.length > 0) this.git(['update-index', '--force-remove', '--', ...underneath], { env })
        if (entry.sha === null) continue
        if (entry.type === 'tree') {
          this.git(['read-tree', `--prefix=${entry.path}/`, entry.sha], { env })
        } else {
          this.git(['update-index', '--add', '--cacheinfo', `${entry.mode},${entry.sha},${entry.path}`], {
            env,
          })
        }
      }
      return this.git(['write-tree'], { env })
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
  }

  /**
   * Commits `files` (path → content) on top of the parent's tree, or as a root commit. One
   * `git fast-import` does it all: seeding a repository is the commonest thing tests do, and a
   * process per blob and index step was most of its cost. The commit goes to a scratch branch that
   * is reset before the import ends, so no ref is left behind.
   */
  commitFiles(files: Record<string, string>, message: string, author: GitIdentity, parent?: string): string {
    const scratch = 'refs/fake-github/commit-files'
    const stamp = (who: GitIdentity) =>
      `${who.name} <${who.email}> ${Math.floor(Date.parse(who.date) / 1000)} +0000`
    const data = (bytes: Buffer) => [Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n')]
    const stream: Buffer[] = [
      Buffer.from(`commit ${scratch}\nmark :1\nauthor ${stamp(author)}\ncommitter ${stamp(author)}\n`),
      ...data(Buffer.from(message)),
      Buffer.from(parent ? `from ${parent}\n` : ''),
    ]
    for (const [path, content] of Object.entries(files)) {
      if (/[\n"]/.test(path) || path.startsWith(' ')) throw new Error(`fake GitHub: unusual path ${path}`)
      stream.push(Buffer.from(`M 100644 inline ${path}\n`), ...data(Buffer.from(content)))
    }
    stream.push(Buffer.from(`\nget-mark :1\nreset ${scratch}\n\n`))
    return this.git(['fast-import', '--quiet', '--done'], {
      input: Buffer.concat([...stream, Buffer.from('done\n')]),
    })
  }

  commitTree(
    tree: string,
    parents: string[],
    message: string,
    author: GitIdentity,
    committer: GitIdentity,
  ): string {
    const parentArgs = parents.flatMap((parent) => ['-p', parent])
    return this.git(['commit-tree', tree, ...parentArgs], {
      input: message,
      env: {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_AUTHOR_DATE: author.date,
        GIT_COMMITTER_NAME: committer.name,
        GIT_COMMITTER_EMAIL: committer.email,
        GIT_COMMITTER_DATE: committer.date,
      },
    })
  }

  readCommit(sha: string): CommitInfo | undefined {
    if (this.objectType(sha) !== 'commit') return undefined
    const raw = this.once(`commit ${sha}`, () => this.git(['cat-file', 'commit', sha]))
    const split = raw.indexOf('\n\n')
    const header = split === -1 ? raw : raw.slice(0, split)
    const message = split === -1 ? '' : raw.slice(split + 2)
    const info: CommitInfo = {
      sha,
      tree: '',
      parents: [],
      author: noIdentity(),
      committer: noIdentity(),
      message,
    }
    for (const line of header.split('\n')) {
      const [key, ...rest] = line.split(' ')
      const value = rest.join(' ')
      if (key === 'tree') info.tree = value
      if (key === 'parent') info.parents.push(value)
      if (key === 'author') info.author = parseIdentity(value)
      if (key === 'committer') info.committer = parseIdentity(value)
    }
    return info
  }

  /** Entries of a tree; `recursive` lists blobs at every depth like `?recursive=1`. */
  listTree(sha: string, recursive: boolean): TreeEntry[] {
    const args = ['ls-tree', '-z', '-l', ...(recursive ? ['-r', '-t'] : []), sha]
    const output = FULL_SHA.test(sha) ? this.once(args.join(' '), () => this.git(args)) : this.git(args)
    return output
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const [meta = '', path = ''] = line.split('\t')
        const [mode = '', type = '', objectSha = '', size = '-'] = meta.split(/\s+/)
        return { path, mode, type, sha: objectSha, size: size === '-' ? undefined : Number(size) }
      })
  }

  resolveRef(ref: string): string | undefined {
    return this.tryGit(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
  }

  /** Full ref names under a prefix (e.g. `refs/heads/`) with the object each points at. */
  listRefs(prefix: string): Array<{ ref: string; sha: string; type: string }> {
    const output = this.git(['for-each-ref', '--format=%(refname) %(objectname) %(objecttype)', prefix])
    if (!output) return []
    return output.split('\n').map((line) => {
      const [ref = '', sha = '', type = ''] = line.split(' ')
      return { ref, sha, type }
    })
  }

  updateRef(ref: string, sha: string): void {
    this.git(['update-ref', ref, sha])
  }

  deleteRef(ref: string): void {
    this.git(['update-ref', '-d', ref])
  }

  isAncestor(ancestor: string, descendant: string): boolean {
    const ask = () => this.tryGit(['merge-base', '--is-ancestor', ancestor, descendant]) !== undefined
    if (!FULL_SHA.test(ancestor) || !FULL_SHA.test(descendant)) return ask()
    // Only a yes is kept: a no may mean an object not pushed yet.
    return this.once(`ancestor ${ancestor} ${descendant}`, () => ask() || undefined) ?? false
  }

  /** Tree of merging two commits, or undefined when they conflict. */
  mergeTree(base: string, head: string): string | undefined {
    const merge = () =>
      this.tryGit(['merge-tree', '--write-tree', '--no-messages', base, head])?.split('\n')[0]
    if (!FULL_SHA.test(base) || !FULL_SHA.test(head)) return merge()
    return this.once(`merge ${base} ${head}`, merge)
  }
}

function noIdentity(): GitIdentity {
  return { name: '', email: '', date: new Date(0).toISOString() }
}

function parseIdentity(value: string): GitIdentity {
  const match = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(value)
  if (!match) return { name: value, email: '', date: new Date(0).toISOString() }
  const date = new Date(Number(match[3]) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
  return { name: match[1] ?? '', email: match[2] ?? '', date }
}
