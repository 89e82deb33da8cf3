import type { PlaceInput } from './schema';

/** Map points (WGS84), each with its source; distances between them are derived in ./derived.ts. */
export const places: PlaceInput[] = [];
