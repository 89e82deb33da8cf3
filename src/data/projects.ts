import type { ProjectInput } from './schema';

/** Announced Vietnamese data-centre projects, for the comparison with Thái Nguyên's. */
export const projects: ProjectInput[] = [
  {
    id: 'thai-nguyen-data-centre',
    capacity: 'mou-capacity',
    investment: 'mou-investment',
    featured: true,
    sources: ['nnmt-2025-06-19', 'signing-report-2025-06-19'],
  },
  {
    id: 'viettel-an-khanh',
    capacity: 'an-khanh-capacity',
    investment: 'an-khanh-investment-usd',
    sources: ['vir-2025-08-20-viettel', 'znews-2025-08-19-an-khanh', 'vnexpress-2025-08-18-viettel'],
  },
  {
    id: 'cmc-samsung-hcmc',
    capacity: 'cmc-samsung-capacity',
    investment: 'cmc-samsung-investment',
    sources: ['vna-2025-08-13-cmc-samsung'],
  },
  {
    id: 'kbc-aic-vietinbank-hcmc',
    capacity: 'kbc-aic-vietinbank-capacity',
    investment: 'kbc-aic-vietinbank-investment',
    sources: ['vir-2025-11-07-kbc-aic-vietinbank'],
  },
  {
    id: 'iptp-danang',
    capacity: 'iptp-danang-capacity',
    investment: 'iptp-danang-investment',
    sources: ['sggp-2025-08-28-iptp-danang'],
  },
  {
    id: 'lg-cns-vnpt',
    capacity: 'lg-cns-vnpt-capacity',
    investment: null,
    sources: ['vneconomy-2025-08-13-lg-cns-vnpt'],
  },
  {
    id: 'viettel-tan-phu-trung',
    capacity: 'tan-phu-trung-capacity',
    investment: null,
    sources: ['vietnamnews-viettel-tan-phu-trung', 'capacitymedia-2025-04-24-viettel'],
  },
];
