/** /robots.txt: everything may be crawled; points at the sitemap by absolute URL (base path included). */
import type { APIRoute } from 'astro';
import { getAbsoluteUrl } from '../utils/siteUrl';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${getAbsoluteUrl('sitemap-index.xml', site?.href)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
