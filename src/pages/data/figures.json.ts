/** /data/figures.json: every figure with value, unit, as-of date, kind and sources, built from src/data. */
import type { APIRoute } from 'astro';
import { buildFigureRecords, toFiguresJson } from '../../data/downloads';

export const GET: APIRoute = () =>
  new Response(toFiguresJson(buildFigureRecords()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
