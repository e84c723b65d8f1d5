/** Entry point of the `loanlens` binary (bundled by scripts/build-cli.ts into dist/cli/loanlens.cjs). */
import { setFlagsFromString } from 'node:v8';
import { main } from './run';

// A CLI run is one cold pass over one document, over before most of the engine's code is fully
// optimised: the engine's larger functions took TurboFan about 100 ms each to compile, mostly in
// inlining, while the document was being audited by baseline code. Less inlining gets optimised
// code in place sooner (npm run bench: audit of 2M characters about 40 ms faster).
setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');

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
