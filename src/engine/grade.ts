import type { Bilingual, Category, Finding, Grade, Severity } from './types';

/**
 * The grade is a published formula, not a judgement: every category found counts once, with the
 * weight of the worst severity it was found at, so a policy that repeats one bad clause ten times
 * is not graded below one that has ten different problems.
 */
export const SEVERITY_POINTS: Record<Severity, number> = { critical: 40, high: 15, medium: 5, low: 2, info: 0 };

/** Lower bound of points for each grade; A is zero points. */
export const GRADE_THRESHOLDS: { grade: Exclude<Grade, 'none'>; min: number }[] = [
  { grade: 'E', min: 80 },
  { grade: 'D', min: 40 },
  { grade: 'C', min: 15 },
  { grade: 'B', min: 1 },
  { grade: 'A', min: 0 },
];

export function points(findings: readonly Finding[]): number {
  const worst = new Map<Category, number>();
  for (const f of findings) worst.set(f.category, Math.max(worst.get(f.category) ?? 0, SEVERITY_POINTS[f.severity]));
  let total = 0;
  for (const p of worst.values()) total += p;
  return total;
}

export function grade(findings: readonly Finding[], agreementFound: boolean): { grade: Grade; points: number; reason: Bilingual } {
  if (!agreementFound) {
    return {
      grade: 'none',
      points: 0,
      reason: {
        zh: '未找到协议文本：这不代表没有问题，只是这里没有可审查的协议、政策或授权书。',
        en: 'No agreement text found: this is not a clean bill of health, there was nothing to audit.',
      },
    };
  }
  const p = points(findings);
  const g = GRADE_THRESHOLDS.find((t) => p >= t.min)!.grade;
  const reasons: Record<Exclude<Grade, 'none'>, Bilingual> = {
    A: { zh: '未发现违规条款。', en: 'No abusive clauses found.' },
    B: { zh: '有需要留意的条款，但未发现严重违规。', en: 'Some clauses deserve attention; nothing serious found.' },
    C: { zh: '存在较严重的不公平或违规条款。', en: 'Contains serious unfair or unlawful clauses.' },
    D: { zh: '存在严重违规条款（如读取通讯录、联系第三方或公开债务）。', en: 'Contains critical clauses (address-book access, contacting third parties or disclosing the debt).' },
    E: { zh: '多类严重违规条款并存，签署前请务必三思。', en: 'Several kinds of critical clauses at once: think twice before signing.' },
  };
  return { grade: g, points: p, reason: { zh: `${reasons[g].zh}（${p} 分）`, en: `${reasons[g].en} (${p} points)` } };
}
