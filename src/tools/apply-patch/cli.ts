// Placeholder until the applier lands: `cli.js apply_patch` refuses loudly rather than pretend.
export async function runApplyPatchCli(_patchArgument: string | undefined, _cwd: string): Promise<number> {
  process.stderr.write('apply_patch is not built yet\n')
  return 1
}
