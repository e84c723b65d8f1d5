import { describe, expect, it } from 'vitest';
import { audit } from '../../src/engine';
import { normalize } from '../../src/engine/normalize';
import { summaryRates } from '../../src/engine/summary';

const rates = (text: string): number[] => summaryRates(normalize(text).text).map((r) => Math.round(r.annual * 10) / 10);

describe('loan summary tables', () => {
  it('reads the cost from the amount received, the tenure and the total repayable, line by line', () => {
    // 740 on 4,410 received over 15 days.
    expect(rates('Loan amount: Rs. 5,000\nProcessing fee (incl. GST): Rs. 590, deducted\nDisbursed amount: Rs. 4,410\nTenure: 15 days\nTotal repayable: Rs. 5,150')).toEqual([408.3]);
    // Without an amount received, the principal: 300 on 3,000 over 30 days.
    expect(rates('Principal: KES 3,000\nTerm: 30 days\nTotal amount due: KES 3,300')).toEqual([121.7]);
    expect(rates('借款金额：2,000元\n借款期限：14天\n到期应还：2,100元')).toEqual([130.4]);
    // A term in months, amounts in 人民币: 1,200 on 3,800 received over three months.
    expect(rates('借款期限为3个月，实际到账金额为人民币3800元，到期应归还本金5000元。')).toEqual([126.3]);
    // "shall repay … on the seventh day", with the balance credited after a deduction.
    expect(rates('The balance of INR 3,820 is credited to you; you shall repay INR 5,000 on the seventh day.')).toEqual([1610.7]);
  });

  it('reports low costs as they are and needs all three figures', () => {
    expect(rates('Loan amount: PHP 10,000\nTenure: 365 days\nTotal repayable: PHP 11,200')).toEqual([12]);
    expect(rates('Loan amount: PHP 10,000\nTotal repayable: PHP 11,200')).toEqual([]);
    expect(rates('Tenure: 30 days\nTotal repayable: PHP 11,200')).toEqual([]);
  });

  it('reads a bounded number of totals in a text packed with them', () => {
    expect(rates('Principal: KES 1,000\nTerm: 10 days\nTotal repayable: KES 1,100\n'.repeat(500)).length).toBe(64);
  });

  it('reports an expensive table once, on the line with the total, unless a rate finding nearby says it', () => {
    const table = 'Key Fact Statement\nLoan amount: KES 5,000\nAmount sent to your M-PESA: KES 4,500\nTenure: 14 days\nTotal repayable: KES 5,500';
    const r = audit(table, { lang: 'en' });
    expect(r.findings.map((f) => [f.category, f.quote, f.annualRate])).toEqual([['rate-over-cap', 'Total repayable: KES 5,500', 579.37]]);
    const stated = audit(`${table}\nAPR: 579% per annum`, { lang: 'en' });
    expect(stated.findings.filter((f) => f.category === 'rate-over-cap').map((f) => f.quote)).toEqual(['APR: 579% per annum']);
  });
});
