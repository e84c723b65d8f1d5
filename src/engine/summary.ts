/**
 * The cost of a loan that only a summary table states, line by line: "Disbursed amount: ₹4,410",
 * "Tenure: 15 days", "Total repayable: ₹5,150" (a Key Fact Statement), or "实际到账金额：4,400元" /
 * "借款期限：30天" / "应还总额：5,074元". No single clause holds all three, so the clause-level rate
 * arithmetic cannot see it; this reads the lines around each total together. Works on normalised
 * text; every expression is bounded and the number of totals read is capped, so the cost is linear.
 */

/** An amount with an optional currency code or sign and thousands separators: "kes 3,000", "₹590". */
const MONEY = String.raw`(?:[a-z]{1,3}\.?\s?|[₦$₹₱€£]\s?)?(\d{1,3}(?:,\d{3}){1,3}|\d{2,9})(?:\.\d{1,2})?`;
const YUAN = String.raw`(\d{1,3}(?:,\d{3}){1,2}|\d{2,9})(?:\.\d{1,2})?\s?元`;
/** Between a label and its value: a colon, "of", "is", a bracketed note ("(incl. gst)"). */
const SEP = String.raw`\s?(?:\([^)\n]{0,24}\)\s?)?(?:[:：=]|of|is|was|will be|为)?\s?(?:人民币|rmb)?\s?`;

const TOTAL = new RegExp(
  String.raw`(?:(?:total (?:amount )?(?:repayable|payable|to be repaid|due|repayment amount|repayment)|(?:shall|must|will|agrees to) repay)${SEP}${MONEY})|(?:(?:到期应还|应还总额|还款总额|应还金额|到期还款总额|到期一次性归还|到期归还|应归还|应偿还|须归还|须偿还)(?:本金|本息|金额)?${SEP}${YUAN})`,
  'g',
);
/** What the borrower actually receives, which is what the cost is measured against when stated. */
const RECEIVED = new RegExp(
  String.raw`(?:(?:disbursed amount|amount disbursed|net disbursed amount|net disbursal|amount (?:sent|credited|paid out|transferred) to[a-z\- ]{0,24}|you (?:will )?receive|amount received|net amount received|the balance of)${SEP}${MONEY})|(?:(?:实际到账金额|到账金额|实际放款金额|实际到手金额|实际收到)${SEP}${YUAN})`,
  'g',
);
const PRINCIPAL = new RegExp(
  String.raw`(?:(?:loan amount(?: sanctioned)?|sanctioned amount|principal(?: amount)?|amount borrowed)${SEP}${MONEY})|(?:(?:借款金额|借款本金|贷款金额|借款额度)${SEP}${YUAN})`,
  'g',
);
const TENURE = new RegExp(
  String.raw`(?:(?:tenure|tenor|loan term|term|loan period|duration)${SEP}(\d{1,3})\s?days?)|(?:on the (\d{1,3})(?:st|nd|rd|th) day)|(?:on the (seventh|fourteenth|fifteenth|thirtieth) day)|(?:(?:借款期限|贷款期限|期限|借款天数)${SEP}(\d{1,3})\s?[天日])`,
  'g',
);
/** A term in months ("借款期限为3个月", "tenure: 2 months"), counted as 365/12 days each. */
const TENURE_MONTHS = new RegExp(String.raw`(?:(?:tenure|tenor|loan term|term|loan period|duration)${SEP}(\d{1,2})\s?months?)|(?:(?:借款期限|贷款期限|期限)${SEP}(\d{1,2})\s?个月)`, 'g');

/** How far before and after a total the lines of its table may stand. */
const BEFORE = 480;
const AFTER = 240;
/** How far from a total another rate finding counts as already saying what its table says. */
export const SUMMARY_REACH = BEFORE;
/** A document states a handful of totals; a text packed with them gets the first ones read. */
const MAX_TOTALS = 64;

export interface SummaryRate {
  /** Index of the total in the text: the finding quotes the clause holding it. */
  at: number;
  /** Annualised cost in percent. */
  annual: number;
}

interface Found {
  value: number;
  at: number;
}

/** Days written as an ordinal word ("repay on the seventh day"). */
const ORDINAL_DAYS: Record<string, number> = { seventh: 7, fourteenth: 14, fifteenth: 15, thirtieth: 30 };

/** The value of the match of `re` in `window` nearest to index `at` of the window. */
function nearest(re: RegExp, window: string, at: number): number {
  let best: Found | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(window); m !== null; m = re.exec(window)) {
    const raw = m.slice(1).find((g) => g !== undefined);
    const value = raw === undefined ? 0 : (ORDINAL_DAYS[raw] ?? Number(raw.replaceAll(',', '')));
    if (value > 0 && (best === undefined || Math.abs(m.index - at) < Math.abs(best.at - at))) best = { value, at: m.index };
  }
  return best?.value ?? 0;
}

/** Every total whose table states what the loan costs a year, with that cost. */
export function summaryRates(text: string): SummaryRate[] {
  const out: SummaryRate[] = [];
  let read = 0;
  TOTAL.lastIndex = 0;
  for (let m = TOTAL.exec(text); m !== null && read < MAX_TOTALS; m = TOTAL.exec(text), read++) {
    const total = Number((m[1] ?? m[2])!.replaceAll(',', ''));
    const from = Math.max(0, m.index - BEFORE);
    // Searched in a copy of the window alone, so a window without a match costs its length only.
    const window = text.slice(from, Math.min(text.length, m.index + m[0].length + AFTER));
    const at = m.index - from;
    const days = nearest(TENURE, window, at) || (nearest(TENURE_MONTHS, window, at) * 365) / 12;
    if (days === 0 || days > 365) continue;
    const base = nearest(RECEIVED, window, at) || nearest(PRINCIPAL, window, at);
    if (base > 0 && total > base) out.push({ at: m.index, annual: (((total - base) / base) * 100 * 365) / days });
  }
  return out;
}
