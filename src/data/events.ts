import type { EventInput } from './schema';

/** Dated milestones only (no invented dates); labels in src/i18n/data/<locale>.json → events. */
export const events: EventInput[] = [];
