import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Tests always run the rules as they are on disk, never a stale compiled copy. */
export default function setup(): void {
  execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', '..', 'scripts', 'build-rules.ts')], { stdio: 'inherit' });
}
