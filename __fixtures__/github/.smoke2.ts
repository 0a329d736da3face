import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeGitHub } from './server.js'
const gh = await startFakeGitHub()
gh.state.addRepo({ owner: 'acme', name: 'widget' })
gh.state.protectBranch('acme/widget', 'main')
const dir = mkdtempSync(join(tmpdir(), 'clone-'))
const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' }
const git = (args: string[], cwd = dir) => { try { return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: 'pipe' }) } catch (e) { return 'FAIL ' + (e as { stderr: string }).stderr } }
const url = gh.serverUrl.replace('http://', `http://x-access-token:${gh.token}@`) + '/acme/widget.git'
console.log(git(['clone', url, 'w']))
console.log(git(['clone', gh.serverUrl + '/acme/widget.git', 'w2']))
const w = join(dir, 'w')
git(['-c', 'user.name=a', '-c', 'user.email=a@b', 'commit', '--allow-empty', '-m', 'x'], w)
console.log(git(['push', 'origin', 'HEAD:main'], w))
console.log(git(['push', 'origin', 'HEAD:feature'], w))
console.log(gh.state.repo('acme/widget').git.listRefs('refs/heads/'))
console.log(gh.requests.map(r => `${r.method} ${r.path} ${r.status}`))
await gh.close()
