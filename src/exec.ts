export async function runExecCli(_args: string[]): Promise<number> {
  process.stderr.write('exec is not built yet\n')
  return 1
}
