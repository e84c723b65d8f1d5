/**
 * Accuracy benchmark on the labelled clause units in ../shared/corpus (read at run time, never
 * copied into the repository). Each unit is audited as its own document; per-category precision,
 * recall and F1 and micro totals are printed for Chinese and English separately.
 *
 *   npm run eval                      table
 *   npm run eval -- --errors [cat]    also list false positives / negatives (for rule authors)
 *   npm run eval -- --json            machine-readable result
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { audit } from '../src/engine';
import { CATEGORIES, type Category, type Lang } from '../src/engine/types';

interface Unit {
  id: string;
  doc: string;
  text: string;
  labels: Category[];
  maybe?: Category[];
  agreement: boolean;
}

const corpus = process.env.LOANLENS_CORPUS ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus');
if (!existsSync(join(corpus, 'units.jsonl'))) {
  console.error(`eval: no labelled corpus at ${corpus} (set LOANLENS_CORPUS)`);
  process.exit(2);
}

const docLang = new Map<string, Lang>();
for (const f of readdirSync(join(corpus, 'raw'))) {
  const head = readFileSync(join(corpus, 'raw', f), 'utf8').split('\n---')[0]!;
  const m = /^language:\s*(\w+)/m.exec(head);
  docLang.set(f.replace(/\.txt$/, ''), m?.[1] === 'en' ? 'en' : 'zh');
}

const units = readFileSync(join(corpus, 'units.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Unit)
  .filter((u) => u.agreement);

type Counts = { tp: number; fp: number; fn: number };
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const table: Record<Lang, Map<Category, Counts>> = { zh: new Map(), en: new Map() };
const errors: { lang: Lang; kind: 'FP' | 'FN'; category: Category; unit: Unit; rules: string[] }[] = [];

for (const u of units) {
  const lang = docLang.get(u.doc) ?? 'zh';
  const findings = u.text.trim() ? audit(u.text, { lang }).findings : [];
  const predicted = new Set(findings.map((f) => f.category));
  const labels = new Set(u.labels);
  const maybe = new Set(u.maybe ?? []);
  for (const c of CATEGORIES) {
    const counts = table[lang].get(c) ?? zero();
    table[lang].set(c, counts);
    const p = predicted.has(c);
    const l = labels.has(c);
    if (p && l) counts.tp++;
    else if (p && !l && !maybe.has(c)) {
      counts.fp++;
      errors.push({ lang, kind: 'FP', category: c, unit: u, rules: findings.filter((f) => f.category === c).map((f) => f.rule) });
    } else if (!p && l) {
      counts.fn++;
      errors.push({ lang, kind: 'FN', category: c, unit: u, rules: [] });
    }
  }
}

const prf = (c: Counts): { p: number; r: number; f1: number } => {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};
const fmt = (x: number): string => x.toFixed(3);

const result: Record<string, unknown> = {};
const args = process.argv.slice(2);
for (const lang of ['zh', 'en'] as const) {
  const rows = table[lang];
  const micro = zero();
  const perCategory: Record<string, unknown> = {};
  for (const c of CATEGORIES) {
    const k = rows.get(c)!;
    const m = prf(k);
    perCategory[c] = { ...k, precision: m.p, recall: m.r, f1: m.f1 };
    if (c !== 'emergency-contacts') {
      micro.tp += k.tp;
      micro.fp += k.fp;
      micro.fn += k.fn;
    }
  }
  const m = prf(micro);
  result[lang] = { units: units.filter((u) => (docLang.get(u.doc) ?? 'zh') === lang).length, perCategory, micro: { ...micro, precision: m.p, recall: m.r, f1: m.f1 } };
  if (args.includes('--json')) continue;
  console.log(`\n${lang === 'zh' ? 'Chinese' : 'English'} units: ${(result[lang] as { units: number }).units}`);
  console.log('category                 TP   FP   FN  precision  recall     F1');
  for (const c of CATEGORIES) {
    const k = rows.get(c)!;
    const s = prf(k);
    const note = c === 'emergency-contacts' ? '  (info, not in totals)' : '';
    console.log(`${c.padEnd(24)}${String(k.tp).padStart(3)}  ${String(k.fp).padStart(3)}  ${String(k.fn).padStart(3)}  ${fmt(s.p).padStart(9)}  ${fmt(s.r).padStart(6)}  ${fmt(s.f1).padStart(5)}${note}`);
  }
  console.log(`${'micro (violations)'.padEnd(24)}${String(micro.tp).padStart(3)}  ${String(micro.fp).padStart(3)}  ${String(micro.fn).padStart(3)}  ${fmt(m.p).padStart(9)}  ${fmt(m.r).padStart(6)}  ${fmt(m.f1).padStart(5)}`);
}

if (args.includes('--json')) {
  console.log(JSON.stringify(result, null, 2));
} else if (args.includes('--errors')) {
  const only = args[args.indexOf('--errors') + 1];
  console.log('\nErrors:');
  for (const e of errors) {
    if (only && !only.startsWith('--') && e.category !== only && e.lang !== only) continue;
    console.log(`${e.kind} ${e.lang} ${e.category} ${e.unit.id} ${e.rules.join(',')}\n    ${e.unit.text.slice(0, 240).replace(/\n/g, ' ')}`);
  }
}
