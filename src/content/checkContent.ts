import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** What the chapters may refer to, and which languages must each have every chapter. */
export interface ContentRules {
  locales: readonly string[];
  /** Every figure id the data module knows (reported and derived). */
  figureIds: ReadonlySet<string>;
  /** Chart ids and the named states each accepts; when given, chart and state attributes are checked. */
  chartStates?: Readonly<Record<string, readonly string[]>>;
  /** Event ids that <When event> may name; when given, they are checked. */
  eventIds?: ReadonlySet<string>;
}

/** One chapter file as the guard sees it. */
export interface ChapterScan {
  locale: string;
  file: string;
  /** Path relative to the project, for messages. */
  path: string;
  figureIds: string[];
  stepIds: string[];
  /** The frontmatter's `chart`. */
  chart: string | undefined;
  /** Each step's chart attribute ('' when it uses the chapter's) and state ('' when unset). */
  steps: { id: string; chart: string; state: string }[];
  /** Every <When event="…"> in the file. */
  eventIds: string[];
  /** How many <Lead>s each step holds, in step order (a slide shows its step's one lead). */
  leadCounts: number[];
}

const chapterFile = /^\d\d-[a-z0-9-]+\.mdx$/;

function attrValues(source: string, tag: string, attr: string): string[] {
  const tagRe = new RegExp(`<${tag}\\b([^>]*)>`, 'g');
  const attrRe = new RegExp(`\\b${attr}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const out: string[] = [];
  for (const m of source.matchAll(tagRe)) {
    const a = attrRe.exec(m[1] ?? '');
    out.push(a ? (a[1] ?? a[2] ?? '') : '');
  }
  return out;
}

/** Reads every chapter file under contentDir/<locale>/ and lists its figure and step ids. */
export function scanChapters(contentDir: string, locales: readonly string[], label = 'content'): ChapterScan[] {
  const scans: ChapterScan[] = [];
  for (const locale of locales) {
    const dir = join(contentDir, locale);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => chapterFile.test(f)).sort()) {
      const text = readFileSync(join(dir, file), 'utf8');
      scans.push({
        locale,
        file,
        path: `${label}/${locale}/${file}`,
        figureIds: attrValues(text, 'Figure', 'id'),
        stepIds: attrValues(text, 'Step', 'id'),
        eventIds: attrValues(text, 'When', 'event'),
        leadCounts: [...text.matchAll(/<Step\b[^>]*>([\s\S]*?)<\/Step>/g)].map((m) => (m[1]!.match(/<Lead\b/g) ?? []).length),
        chart: /^chart:\s*['"]?([\w-]+)/m.exec(text.split(/^---\s*$/m)[1] ?? '')?.[1],
        steps: attrValues(text, 'Step', 'id').map((id, i) => ({
          id,
          chart: attrValues(text, 'Step', 'chart')[i] ?? '',
          state: attrValues(text, 'Step', 'state')[i] ?? '',
        })),
      });
    }
  }
  return scans;
}

/**
 * Checks the chapters against the data and against each other: every locale has every chapter,
 * every <Figure id> exists, step ids match across locales and are unique, each step has one
 * <Lead>, each translation cites the same figures. Returns problems, each naming the file and the field.
 */
export function checkContent(contentDir: string, rules: ContentRules, label = 'content'): string[] {
  const problems: string[] = [];
  const scans = scanChapters(contentDir, rules.locales, label);
  const byLocale = new Map(rules.locales.map((l) => [l, new Map(scans.filter((s) => s.locale === l).map((s) => [s.file, s]))]));
  const allFiles = [...new Set(scans.map((s) => s.file))].sort();

  if (allFiles.length === 0) problems.push(`${label}/: no chapter files (expected ${label}/<locale>/NN-slug.mdx)`);

  for (const file of allFiles) {
    const present = rules.locales.filter((l) => byLocale.get(l)!.has(file));
    for (const l of rules.locales) {
      if (!byLocale.get(l)!.has(file))
        problems.push(`${label}/${l}/${file}: chapter missing in locale "${l}" (present in ${present.join(', ')})`);
    }
  }

  const stepOwner = new Map<string, string>();
  for (const s of scans) {
    if (rules.chartStates) {
      const charts = rules.chartStates;
      if (!s.chart || !(s.chart in charts))
        problems.push(`${s.path}: frontmatter field "chart": unknown chart "${s.chart ?? ''}" (known: ${Object.keys(charts).join(', ')})`);
      for (const step of s.steps) {
        const chart = step.chart || s.chart || '';
        if (step.chart && !(step.chart in charts))
          problems.push(`${s.path}: <Step id="${step.id}"> → field "chart": unknown chart "${step.chart}"`);
        else if (step.state && chart in charts && !charts[chart]!.includes(step.state))
          problems.push(
            `${s.path}: <Step id="${step.id}"> → field "state": "${step.state}" is not a state of chart "${chart}" (${charts[chart]!.join(', ')})`,
          );
      }
    }
    s.figureIds.forEach((id, i) => {
      if (!id) problems.push(`${s.path}: <Figure> #${i + 1} has no "id" attribute`);
      else if (!rules.figureIds.has(id))
        problems.push(`${s.path}: <Figure id="${id}"> → field "id": unknown figure id (not in src/data/figures.ts or derived.ts)`);
    });
    for (const id of s.eventIds) {
      if (rules.eventIds && !rules.eventIds.has(id))
        problems.push(`${s.path}: <When event="${id}"> → field "event": unknown event id (not in src/data/events.ts)`);
    }
    s.stepIds.forEach((id, i) => {
      if (!id) problems.push(`${s.path}: <Step> #${i + 1} has no "id" attribute`);
      // The deck projects a step as its lead alone (src/components/deck/Slide.astro).
      const leads = s.leadCounts[i] ?? 0;
      if (leads !== 1) problems.push(`${s.path}: <Step id="${id}"> → field "Lead": ${leads} <Lead>s; a step needs exactly one, the line its slide shows`);
      const key = `${s.locale}:${id}`;
      const owner = stepOwner.get(key);
      if (owner && owner !== s.path) problems.push(`${s.path}: <Step id="${id}"> → field "id": also used in ${owner}`);
      else if (owner) problems.push(`${s.path}: <Step id="${id}"> → field "id": used twice in this file`);
      stepOwner.set(key, s.path);
    });
  }

  // Translations must tell the same story: same steps in the same order, citing the same figures.
  const [reference, ...others] = rules.locales;
  for (const file of allFiles) {
    const ref = byLocale.get(reference!)!.get(file);
    if (!ref) continue;
    for (const l of others) {
      const other = byLocale.get(l)!.get(file);
      if (!other) continue;
      if (ref.stepIds.join('|') !== other.stepIds.join('|'))
        problems.push(`${other.path}: field "Step id": steps [${other.stepIds.join(', ')}] differ from ${ref.path} [${ref.stepIds.join(', ')}]`);
      const a = [...new Set(ref.figureIds)].sort().join(', ');
      const b = [...new Set(other.figureIds)].sort().join(', ');
      if (a !== b) problems.push(`${other.path}: field "Figure id": cites [${b}] but ${ref.path} cites [${a}]`);
    }
  }
  return problems;
}
