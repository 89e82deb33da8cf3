/**
 * The map's land outlines live in one SVG file per layout (/map/outlines-<layout>.svg), which every
 * page showing the map references with <use>. The outlines are the same in every locale and are
 * the bulk of the map's bytes (tens of KB of path data), so the browser fetches and caches them
 * once instead of reading them inline in each page's HTML.
 */
import type { MapLayout, MapLayoutName, MapState } from './model';

/** Fragment id of one outline in the document: "corridor-vietnam", "north-neighbours"… */
export function outlineId(state: MapState, part: 'vietnam' | 'neighbours'): string {
  return `${state}-${part}`;
}

/** Where the layout's outline document is served, under the site's base path. */
export function outlineHref(name: MapLayoutName): string {
  return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}map/outlines-${name}.svg`;
}

/**
 * A standalone SVG holding the layout's outline paths, unstyled: fill and stroke come from the
 * referencing <use> element (inherited into its shadow tree), so the page's CSS still colours them.
 */
export function outlineDocument(layout: Pick<MapLayout, 'width' | 'mapHeight' | 'outlines'>): string {
  const paths = layout.outlines
    .flatMap((o) => [
      `<path id="${outlineId(o.state, 'neighbours')}" d="${o.neighbours}" vector-effect="non-scaling-stroke"/>`,
      `<path id="${outlineId(o.state, 'vietnam')}" d="${o.vietnam}" vector-effect="non-scaling-stroke"/>`,
    ])
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${layout.width} ${layout.mapHeight}">\n<defs>\n${paths}\n</defs>\n</svg>\n`;
}
