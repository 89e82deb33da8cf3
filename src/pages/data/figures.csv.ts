/** /data/figures.csv: the same records as figures.json, one row per figure, for spreadsheets (UTF-8 with BOM, CRLF). */
import type { APIRoute } from 'astro';
import { buildFigureRecords, toFiguresCsv } from '../../data/downloads';

export const GET: APIRoute = () =>
  new Response(toFiguresCsv(buildFigureRecords()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
