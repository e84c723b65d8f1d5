import type { Bilingual, DataItem, NecessaryComparison } from './types';

export interface DataHit {
  item: number;
  start: number;
  end: number;
}

/**
 * Sets what the document says it collects against the necessary set for lending apps (phone
 * number; borrower's name, ID type, number and validity; bank card number).
 */
export function compareNecessary(items: readonly DataItem[], hits: readonly DataHit[]): NecessaryComparison {
  const firstHit = new Map<number, DataHit>();
  for (const h of hits) if (!firstHit.has(h.item)) firstHit.set(h.item, h);
  const ordered = [...firstHit.values()].sort((a, b) => a.start - b.start);
  const collected = ordered.map((h) => items[h.item]!.id);
  const beyond = ordered
    .filter((h) => !items[h.item]!.necessary)
    .map((h) => ({ id: items[h.item]!.id, label: items[h.item]!.label, start: h.start, end: h.end }));
  const necessarySet = items.filter((d) => d.necessary).map((d) => ({ id: d.id, label: d.label }));
  const summary: Bilingual =
    beyond.length === 0
      ? collected.length === 0
        ? { zh: '未发现收集个人信息的说明。', en: 'No statement of what personal data is collected was found.' }
        : { zh: '所述收集的信息未超出网络借贷类必要个人信息范围。', en: 'The data it says it collects stays within the necessary set for lending apps.' }
      : {
          zh: `超出必要个人信息范围收集：${beyond.map((b) => b.label.zh).join('、')}`,
          en: `Collected beyond the necessary set: ${beyond.map((b) => b.label.en).join(', ')}`,
        };
  return { collected, beyond, necessarySet, summary };
}
