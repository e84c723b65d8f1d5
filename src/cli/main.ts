/** Entry point of the `loanlens` binary (bundled by scripts/build-cli.ts into dist/cli/loanlens.cjs). */
import { setFlagsFromString } from 'node:v8';
import { main } from './run';
import { CLI_V8_FLAGS } from './v8-flags';

setFlagsFromString(CLI_V8_FLAGS);

// A reader that closes the pipe early (`loanlens audit … | head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`loanlens: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
