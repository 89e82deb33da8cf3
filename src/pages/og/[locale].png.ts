/** /og/<locale>.png: the locale's 1200×630 share card, rendered at build from the data module. */
import type { APIRoute, GetStaticPaths } from 'astro';
import themeCss from '../../styles/global.css?raw';
import { localeCodes, type Locale } from '../../i18n/locales';
import { renderShareCardPng } from '../../share/shareCard';
import { buildShareCardContent } from '../../share/shareCardContent';
import { getThemeColors } from '../../share/themeColors';
import { getLocaleUrl } from '../../utils/siteUrl';

export const getStaticPaths = (() => localeCodes.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale;
  const png = await renderShareCardPng(buildShareCardContent(locale, getLocaleUrl(locale)), getThemeColors(themeCss));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
