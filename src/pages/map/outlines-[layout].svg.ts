/** /map/outlines-<layout>.svg: the map's land outlines for one layout (see src/charts/map/outlineDocument.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { outlineDocument } from '../../charts/map/outlineDocument';
import { buildMapModel, type MapLayoutName } from '../../charts/map/model';
import { defaultLocale } from '../../i18n/locales';

export const getStaticPaths = (() => ['wide', 'narrow'].map((layout) => ({ params: { layout } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  // Outlines do not depend on the locale; any locale's model gives the same paths.
  const layout = buildMapModel(defaultLocale).layouts[params.layout as MapLayoutName];
  return new Response(outlineDocument(layout), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
