/**
 * Compiles rules/*.yaml into src/generated/ruleset.json, extracts the Traditional → Simplified
 * character table from OpenCC's data into src/generated/t2s.json, and stores the engine's term
 * tables and automaton for that pack in src/generated/engine.json. Runs before every build and
 * test, so the extension, the CLI and the tests all run the same compiled rules.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileTables, packTables } from '../src/engine/audit';
import { setRegionalVariants, setTraditionalTable } from '../src/engine/normalize';
import { loadRuleSet } from '../src/rules/load';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'src', 'generated');

/** OpenCC dictionaries as "from to|from to|…"; only single-character, single-code-unit entries are kept. */
function readOpenccDict(name: string): Map<string, string> {
  const src = readFileSync(join(root, 'node_modules', 'opencc-js', 'dist', 'esm-lib', 'dict', `${name}.js`), 'utf8');
  const body = src.slice(src.indexOf('"') + 1, src.lastIndexOf('"'));
  const map = new Map<string, string>();
  for (const entry of body.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && from.length === 1 && to.length >= 1 && !map.has(from)) map.set(from, [...to][0]!);
  }
  return map;
}

export function traditionalPairs(): string {
  const ts = readOpenccDict('TSCharacters');
  const variants = [readOpenccDict('TWVariantsRev'), readOpenccDict('HKVariantsRev')];
  const pairs = new Map<string, string>();
  for (const [t, s] of ts) pairs.set(t, s);
  // Regional variant forms (裡, 爲…) first map to OpenCC's standard Traditional form.
  for (const v of variants) for (const [variant, std] of v) pairs.set(variant, ts.get(std) ?? std);
  let out = '';
  for (const [t, s] of pairs) if (t !== s && t.length === 1 && s.length === 1) out += t + s;
  return out;
}

/** Write then rename, so a test run reading the file never sees half of it. */
function writeAtomic(name: string, data: string): void {
  const tmp = join(outDir, `.${name}.${process.pid}.tmp`);
  writeFileSync(tmp, data);
  renameSync(tmp, join(outDir, name));
}

mkdirSync(outDir, { recursive: true });
const ruleset = loadRuleSet();
writeAtomic('ruleset.json', JSON.stringify(ruleset));
const pairs = traditionalPairs();
writeAtomic('t2s.json', JSON.stringify({ pairs }));
// The tables hold folded terms, so folding must use the same character tables the engine installs.
setTraditionalTable(pairs);
setRegionalVariants(ruleset.regionalVariants);
writeAtomic('engine.json', JSON.stringify(packTables(compileTables(ruleset))));
console.log(`rules: ${ruleset.rules.length} rules, ${Object.keys(ruleset.citations).length} citations, ${ruleset.dataItems.length} data items → src/generated/`);
