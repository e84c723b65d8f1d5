/**
 * Canonical form of the YAML files in rules/: keys of a rule in a fixed order, comments kept, no
 * line folding. `npm run rules:format` writes it; the hygiene test checks it.
 */
import { isMap, isScalar, parseDocument, type Pair } from 'yaml';
import { RULE_KEYS, PATTERN_KEYS } from './compile';

function keyIndex(order: readonly string[], pair: Pair): number {
  const k = isScalar(pair.key) ? String(pair.key.value) : '';
  const i = order.indexOf(k);
  return i < 0 ? order.length : i;
}

export function canonicalYaml(text: string, isRule: boolean): string {
  const doc = parseDocument(text);
  if (isRule && isMap(doc.contents)) {
    doc.contents.items.sort((a, b) => keyIndex(RULE_KEYS, a) - keyIndex(RULE_KEYS, b));
    const patterns = doc.contents.get('patterns');
    if (patterns && typeof patterns === 'object' && 'items' in patterns) {
      for (const p of (patterns as { items: unknown[] }).items) {
        if (isMap(p)) p.items.sort((a, b) => keyIndex(PATTERN_KEYS, a) - keyIndex(PATTERN_KEYS, b));
      }
    }
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
