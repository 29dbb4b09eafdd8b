import type { CompanyProfile } from './schema';

/** The sample company every feature fills, so a user can explore the app without typing. */
export const demoCompanyName = 'サンプル株式会社';

export function demoProfile(): CompanyProfile {
  return {
    name: demoCompanyName,
    industry: 'retail',
    employees: 12,
    prefecture: 'osaka',
    representative: '山田 太郎',
    itContact: '佐藤 花子',
    systems: ['pcs', 'phones', 'wifi', 'website', 'onlineShop', 'cloud', 'cardPayments'],
    personalData: { handles: true, approxPeople: 3200, sensitive: false },
    securityService: { name: 'おまもりネット見守りサービス', contractId: 'OMN-2025-00418' },
    insurance: {
      insurer: 'あんしん損害保険株式会社',
      policyNumber: 'CY-7730-2291',
      periodFrom: '2026-04-01',
      periodTo: '2027-03-31',
    },
  };
}
