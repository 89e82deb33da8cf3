import type { EventInput } from './schema';

/** Dated milestones only (no invented dates); labels in src/i18n/data/<locale>.json → events. */
export const events: EventInput[] = [
  { id: 'sevt-established', date: '2013', kind: 'province', sources: ['viipip-2023-05-25-samsung'] },
  // The year is in the decree's number (53/2022/ND-CP), as the source cites it; it gives no day.
  { id: 'decree-53', date: '2022', kind: 'law', sources: ['vir-2024-room-remains'] },
  {
    id: 'phu-binh-substation-energised',
    date: '2014-10-03',
    kind: 'province',
    sources: ['baomoi-phu-binh-substation'],
  },
  {
    id: 'yen-binh-it-zone-national-plan',
    date: '2020-10',
    kind: 'province',
    sources: ['vnexpress-2021-yen-binh-it-zone', 'baothainguyen-2022-02-02-it-zone'],
  },
  {
    id: 'yen-binh-it-zone-investor-approved',
    date: '2021-08-24',
    kind: 'province',
    sources: ['vnexpress-2021-yen-binh-it-zone', 'baothainguyen-2022-02-02-it-zone'],
  },
  {
    id: 'vnpt-idc-hoa-lac-opened',
    date: '2022-10',
    kind: 'facility',
    sources: ['vet-349-page-24', 'itnews-asia-national-data-centre'],
    disputed: { date: '2023', sources: ['qdnd-data-centre-wave'] },
  },
  { id: 'telecom-law-passed', date: '2023-11-24', kind: 'law', sources: ['legal500-telecom-law-2024'] },
  {
    id: 'viettel-idc-hoa-lac-inaugurated',
    date: '2024-04-10',
    kind: 'facility',
    sources: ['einpresswire-2024-04-10-viettel-hoa-lac'],
  },
  { id: 'telecom-law-in-force', date: '2024-07-01', kind: 'law', sources: ['legal500-telecom-law-2024'] },
  { id: 'digital-infrastructure-strategy', date: '2024-10', kind: 'law', sources: ['mondaq-digital-hub'] },
  {
    id: 'resolution-57',
    date: '2024-12-22',
    kind: 'law',
    sources: ['sblaw-resolution-57', 'daibieunhandan-resolution-57-pm-speech'],
  },
  { id: 'decree-163', date: '2024-12-24', kind: 'law', sources: ['bakermckenzie-decree-163'] },
  {
    id: 'telecom-law-dc-provisions',
    date: '2025-01-01',
    kind: 'law',
    sources: ['legal500-telecom-law-2024', 'bakermckenzie-decree-163'],
  },
  {
    id: 'tan-phu-trung-groundbreaking',
    date: '2025-04-23',
    kind: 'facility',
    sources: ['vietnamnews-viettel-tan-phu-trung', 'capacitymedia-2025-04-24-viettel'],
  },
  { id: 'yen-binh-3-groundbreaking', date: '2025-04', kind: 'province', sources: ['laodong-es-industrial-parks'] },
  {
    id: 'dti-law-passed',
    date: '2025-06-14',
    kind: 'law',
    sources: ['luatvietnam-dti-law', 'vgp-dti-law-implementation'],
  },
  {
    id: 'mou-signed',
    date: '2025-06-19',
    kind: 'project',
    sources: ['nnmt-2025-06-19', 'signing-report-2025-06-19'],
  },
  { id: 'province-merger', date: '2025-07-01', kind: 'province', sources: ['laodong-en-bac-kan-merger'] },
  {
    id: 'ndc1-inaugurated',
    date: '2025-08-18',
    kind: 'facility',
    sources: ['vgp-2025-08-19-ndc1', 'vir-2025-08-19-ndc1'],
  },
  {
    id: 'an-khanh-groundbreaking',
    date: '2025-08-19',
    kind: 'facility',
    sources: ['znews-2025-08-19-an-khanh', 'vnexpress-2025-08-18-viettel', 'vir-2025-08-20-viettel'],
  },
  {
    id: 'yen-binh-2-groundbreaking',
    date: '2025-09',
    kind: 'province',
    sources: ['vir-2025-09-01-industrial-parks'],
  },
  {
    id: 'decision-2161',
    date: '2025-09-29',
    kind: 'law',
    sources: ['vietnamnews-2025-10-01-decision-2161'],
  },
  {
    id: 'truong-party-secretary',
    // Announced on 29–30 September (facts.md): the month, not a day the reports disagree on.
    date: '2025-09',
    kind: 'leadership',
    sources: ['vietnamnet-2025-09-30-truong'],
  },
  {
    id: 'tuan-chairman',
    date: '2025-11-17',
    kind: 'leadership',
    sources: ['vtcnews-2025-11-17-tuan'],
  },
  {
    id: 'phu-binh-ip-groundbreaking',
    date: '2025-12-19',
    kind: 'province',
    sources: ['cafef-2025-12-19-phu-binh'],
  },
  {
    id: 'dti-law-in-force',
    date: '2026-01-01',
    kind: 'law',
    sources: ['luatvietnam-dti-law', 'vgp-dti-law-implementation'],
  },
];
