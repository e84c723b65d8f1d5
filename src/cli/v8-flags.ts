/**
 * V8 settings for a CLI run, applied by main.ts before any audit (and by the CLI benchmark, so its
 * in-process breakdown matches a real run).
 *
 * A CLI run is one cold pass over one document, over before most of the engine's code is fully
 * optimised: the engine's larger functions took TurboFan about 100 ms each to compile, mostly in
 * inlining, while the document was being audited by baseline code. Less inlining gets optimised
 * code in place sooner (npm run bench: audit of 2M characters about 40 ms faster).
 */
export const CLI_V8_FLAGS = '--max-inlined-bytecode-size-cumulative=200';
