async function runExecCli(_args) {
    process.stderr.write('exec is not built yet\n');
    return 1;
}

export { runExecCli };
