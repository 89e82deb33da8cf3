import type { PlaceInput } from './schema';

/** Map points (WGS84), each with its source; distances between them are derived in ./derived.ts. */
export const places: PlaceInput[] = [
  {
    id: 'thai-nguyen',
    lat: 21.6,
    lon: 105.85,
    kind: 'city',
    asOf: '2026',
    sources: ['en-academic-thai-nguyen', 'sapientiaes-thai-nguyen'],
    note: 'thai-nguyen-former-city',
  },
  {
    id: 'ha-noi',
    lat: 21.0283,
    lon: 105.8542,
    kind: 'city',
    asOf: '2026',
    sources: ['wikiwand-hanoi'],
  },
  {
    id: 'noi-bai-airport',
    lat: 21.2217,
    lon: 105.8056,
    kind: 'airport',
    asOf: '2023',
    sources: ['vietnam-aip-ad2-vvnb'],
  },
  {
    id: 'hoa-lac-hi-tech-park',
    lat: 21.0152,
    lon: 105.5298,
    kind: 'tech-park',
    asOf: '2026',
    qualifier: 'about',
    sources: ['github-cafe-list-hoa-lac'],
    note: 'hoa-lac-coordinate',
  },
  {
    id: 'bac-ninh',
    lat: 21.183,
    lon: 106.05,
    kind: 'city',
    asOf: '2026',
    sources: ['wikipedia-en-bac-ninh'],
    note: 'bac-ninh-former-city',
  },
  {
    id: 'hai-phong',
    lat: 20.85,
    lon: 106.683,
    kind: 'city',
    asOf: '2026',
    sources: ['wikipedia-sco-hai-phong'],
  },
];
