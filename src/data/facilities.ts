import type { FacilityInput } from './schema';

/** Known northern data-centre facilities for the Hà Nội comparison. */
export const facilities: FacilityInput[] = [
  {
    id: 'viettel-idc-hoa-lac',
    place: 'hoa-lac-hi-tech-park',
    // Viettel did not disclose this site's MW; only its whole network's total is known.
    capacity: null,
    event: 'viettel-idc-hoa-lac-inaugurated',
    status: 'operating',
    sources: ['einpresswire-2024-04-10-viettel-hoa-lac'],
  },
  {
    id: 'vnpt-idc-hoa-lac',
    place: 'hoa-lac-hi-tech-park',
    capacity: null,
    event: 'vnpt-idc-hoa-lac-opened',
    status: 'operating',
    sources: ['vet-349-page-24', 'itnews-asia-national-data-centre'],
  },
  {
    id: 'national-data-center-1',
    place: 'hoa-lac-hi-tech-park',
    capacity: null,
    event: 'ndc1-inaugurated',
    // Opened on 18 August 2025; a later, weaker report has the minister putting official operation
    // from June 2026, so the chart says what is certain.
    status: 'inaugurated',
    sources: ['vgp-2025-08-19-ndc1', 'vir-2025-08-19-ndc1'],
  },
  {
    // No sourced coordinate for the An Khánh site, so no map point.
    id: 'viettel-an-khanh',
    capacity: 'an-khanh-capacity',
    event: 'an-khanh-groundbreaking',
    status: 'under-construction',
    sources: ['znews-2025-08-19-an-khanh', 'vnexpress-2025-08-18-viettel', 'vir-2025-08-20-viettel'],
  },
];
