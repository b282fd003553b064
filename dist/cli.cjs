'use strict';

var route = require('./cli-route.cjs');
require('node:module');

const EXIT_BAD_INPUT = 2;
const EXIT_INTERNAL_ERROR = 3;
async function main(argv, io) {
    let options;
    try {
        options = route.parseCliArgs(argv);
    }
    catch (error) {
        if (!(error instanceof route.ArgumentError))
            throw error;
        return argumentError(error, io);
    }
    try {
        switch (options.command) {
            case 'route':
                return await (await Promise.resolve().then(function () { return require('./cli-route.cjs'); }).then(function (n) { return n.routeCommand; })).runRoute(options, io);
            case 'explain':
                return await (await Promise.resolve().then(function () { return require('./cli-explain-command.cjs'); })).runExplain(options, io);
            case 'validate':
                return await (await Promise.resolve().then(function () { return require('./cli-validate-command.cjs'); })).runValidate(options, io);
            case 'import':
                return await (await Promise.resolve().then(function () { return require('./cli-import-command.cjs'); })).runImport(options, io);
            case 'doctor':
                return await (await Promise.resolve().then(function () { return require('./cli-doctor-command.cjs'); }).then(function (n) { return n.doctorCommand; })).runDoctor(options, io);
            case 'version':
                io.stdout(`rust-patch-router ${io.version()}\n`);
                return 0;
            case 'help':
                io.stdout(options.helpFor === undefined ? route.USAGE : route.commandHelp(options.helpFor));
                return 0;
        }
    }
    catch (error) {
        if (error instanceof route.ArgumentError)
            return argumentError(error, io);
        if (error instanceof route.InputError) {
            route.printErrors(error.errors, io);
            return EXIT_BAD_INPUT;
        }
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
        io.stderr(`rust-patch-router: internal error (please report it):\n${detail}\n`);
        return EXIT_INTERNAL_ERROR;
    }
}
function argumentError(error, io) {
    const more = error.command === undefined ? `\n${route.USAGE}` : `Run 'rust-patch-router ${error.command} --help' for its flags.\n`;
    io.stderr(`rust-patch-router: ${error.message}\n${more}`);
    return EXIT_BAD_INPUT;
}

const PIPE_FULL_RETRY_MS = 2;
const pause = new Int32Array(new SharedArrayBuffer(4));
function writeAll(fd, data) {
    let bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    while (bytes.length > 0) {
        try {
            bytes = bytes.subarray(route.__builtin.writeSync(fd, bytes));
        }
        catch (error) {
            const code = error.code;
            if (code === 'EAGAIN') {
                Atomics.wait(pause, 0, 0, PIPE_FULL_RETRY_MS);
                continue;
            }
            if (code === 'EPIPE')
                process.exit(process.exitCode ?? 0);
            throw error;
        }
    }
}
void main(process.argv.slice(2), {
    stdout: (text) => writeAll(1, text),
    stderr: (text) => writeAll(2, text),
    cwd: process.cwd(),
    version: () => JSON.parse(route.__builtin.readFileSync(new URL('../package.json', require('node:url').pathToFileURL(__filename).href), 'utf8')).version,
}).then((code) => {
    process.exitCode = code;
});
