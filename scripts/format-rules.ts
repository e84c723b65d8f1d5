/** Rewrites every YAML file under rules/ in canonical form (see src/rules/format.ts). */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalYaml } from '../src/rules/format';
import { RULES_DIR, ruleFiles } from '../src/rules/load';

let changed = 0;
const catalogues = readdirSync(RULES_DIR).filter((f) => f.endsWith('.yaml')).map((f) => join(RULES_DIR, f));
for (const [file, isRule] of [...ruleFiles().map((f) => [f, true] as const), ...catalogues.map((f) => [f, false] as const)]) {
  const text = readFileSync(file, 'utf8');
  const canonical = canonicalYaml(text, isRule);
  if (canonical !== text) {
    writeFileSync(file, canonical);
    changed++;
  }
}
console.log(`rules:format: ${changed} file(s) rewritten`);
