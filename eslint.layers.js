// The import rules of docs/architecture.md, as lint rules: which layer of src/ may import which,
// and which module alone may import each outside package that does I/O. `npm run lint` enforces
// them; __tests__/lint/import-rules.test.ts plants a breach of each kind and sees lint fail.
import { readdirSync } from 'node:fs'
import path from 'node:path'

const SRC = path.join(import.meta.dirname, 'src')

/** Every part of src/: a folder, or a file at the top. */
const PARTS = [
  'action',
  'agent',
  'common',
  'config',
  'exec',
  'git',
  'github',
  'model',
  'net',
  'protocol',
  'publish',
  'report',
  'review',
  'sandbox',
  'session',
  'tools',
  'cli.ts',
  'index.ts',
  'inputs.ts',
  'main.ts',
  'post.ts',
  'secrets.ts',
  'version.ts',
]

/** Imported by anything: leaves that know no other part. */
const NEUTRAL = ['common', 'protocol', 'net', 'secrets.ts', 'version.ts']

/** What each part may import besides itself and the neutral leaves. The agent side (config up to
 * exec) knows nothing about GitHub; github/ knows nothing about models, sandboxes or settings. */
export const MAY_IMPORT = {
  common: ['secrets.ts'],
  protocol: [],
  net: [],
  'secrets.ts': [],
  'version.ts': [],
  config: [],
  model: ['config'],
  sandbox: ['config'],
  tools: ['config', 'model', 'sandbox'],
  agent: ['config', 'model', 'sandbox', 'tools'],
  exec: ['config', 'model', 'sandbox', 'tools', 'agent'],
  'cli.ts': ['config', 'model', 'sandbox', 'tools', 'agent', 'exec'],
  github: [],
  git: ['github'],
  report: ['github', 'model'],
  'inputs.ts': ['config', 'github'],
  publish: ['config', 'git', 'github', 'inputs.ts', 'report'],
  action: [
    'config',
    'model',
    'sandbox',
    'tools',
    'agent',
    'git',
    'github',
    'report',
    'inputs.ts',
    'publish',
    'review',
    'session',
  ],
  // A run's saved session: what the agent did, stored with git under a hidden ref of the repository.
  session: ['config', 'model', 'agent', 'git', 'github'],
  // The review use of the action: its own runs and its one GitHub review, on the action's stages.
  review: ['config', 'model', 'sandbox', 'tools', 'agent', 'git', 'github', 'report', 'inputs.ts', 'action'],
  'main.ts': ['config', 'git', 'github', 'report', 'inputs.ts', 'publish', 'action'],
  'index.ts': ['main.ts'],
  'post.ts': ['main.ts'],
}

function isNeutralFor(part, other) {
  // The leaves import nothing outside their own list, not even each other.
  return NEUTRAL.includes(other) && !NEUTRAL.includes(part)
}

/** One import-x/no-restricted-paths zone per part: everything it may not import. */
export function layerZones() {
  // A part of src/ missing from the table would be bound by no rule: refuse to lint without it.
  const unlisted = readdirSync(SRC).filter((name) => !PARTS.includes(name))
  if (unlisted.length > 0)
    throw new Error(
      `eslint.layers.js: src/${unlisted.join(', src/')} has no layer; add it to PARTS and MAY_IMPORT`,
    )
  return PARTS.map((part) => {
    const allowed = MAY_IMPORT[part]
    if (!allowed) throw new Error(`eslint.layers.js: ${part} has no MAY_IMPORT entry`)
    const from = PARTS.filter(
      (other) => other !== part && !allowed.includes(other) && !isNeutralFor(part, other),
    )
    const may = [...allowed, ...(NEUTRAL.includes(part) ? [] : NEUTRAL)]
    return {
      target: path.join(SRC, part),
      from: from.map((other) => path.join(SRC, other)),
      message: `src/${part} may import only ${may.length ? may.join(', ') : 'nothing else in src/'} (docs/architecture.md, eslint.layers.js)`,
    }
  })
}

/** Outside packages that only one module may import, and that module. */
const OWNED_PACKAGES = [
  { names: ['openai'], patterns: ['openai/*'], owners: ['src/model/openai.ts'] },
  { names: ['simple-git'], patterns: [], owners: ['src/git/**'] },
  { names: ['@actions/core'], patterns: [], owners: ['src/main.ts', 'src/inputs.ts'] },
  // The one Octokit is built in github/client.ts; main.ts reads the payload through `context`.
  { names: ['@actions/github'], patterns: [], owners: ['src/github/client.ts', 'src/main.ts'] },
  { names: [], patterns: ['@octokit/*'], owners: ['src/github/client.ts'] },
  { names: ['undici'], patterns: [], owners: ['src/net/proxy.ts'] },
]

function ownerText(owners) {
  return owners.join(' and ')
}

/** The rule for a file: every owned package but those `owner` (a files glob) owns. */
function restrictedImports(owner) {
  const rules = OWNED_PACKAGES.filter((entry) => !entry.owners.includes(owner))
  return [
    'error',
    {
      paths: rules.flatMap((entry) =>
        entry.names.map((name) => ({ name, message: `only ${ownerText(entry.owners)} imports ${name}` })),
      ),
      patterns: rules
        .filter((entry) => entry.patterns.length > 0)
        .map((entry) => ({
          group: entry.patterns,
          message: `only ${ownerText(entry.owners)} imports ${entry.patterns.join(', ')}`,
        })),
    },
  ]
}

/** Flat-config blocks: the packages' rule for all of src/, then each owner's exemption. */
export function ownedPackageBlocks() {
  const owners = [...new Set(OWNED_PACKAGES.flatMap((entry) => entry.owners))]
  return [
    { files: ['src/**/*.ts'], rules: { 'no-restricted-imports': restrictedImports(undefined) } },
    ...owners.map((owner) => ({
      files: [owner],
      rules: { 'no-restricted-imports': restrictedImports(owner) },
    })),
  ]
}
