import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss, { type AtRule, type Node, type Root } from 'postcss';
import { keepFigureParticlesTogether } from './keepFigureParticle';
import { keepInterpunctRunsTogether } from './keepInterpunct';

/**
 * Cuts from one built page what only other pages need. Astro writes every page of a route with
 * the same inline stylesheet and the same Content-Security-Policy, and the chapter route renders
 * any chart (src/charts/ChartSlot.astro imports them all), so each chapter page would carry the
 * styles of every chart and component, plus the script and style hashes of every page. All of it
 * rides in the first round trip of the page's HTML.
 *
 * The functions below are pure functions of the HTML text; pageTrim() applies them to dist/.
 */

const scopeAttribute = /\[data-astro-cid-([a-z0-9]+)\]/g;
const styleElement = /<style([^>]*)>([\s\S]*?)<\/style>/g;
const scriptElement = /<script([^>]*)>([\s\S]*?)<\/script>/g;
const cspMeta = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;

/** The Astro scope ids (`data-astro-cid-…`) that elements of the page's markup carry. */
export function getScopeIds(markup: string): Set<string> {
  return new Set([...markup.matchAll(/data-astro-cid-([a-z0-9]+)/g)].map((m) => m[1]!));
}

/**
 * True when a selector can match on this page. A scoped selector (one Astro rewrote with
 * `[data-astro-cid-…]`) needs every scope it names on the page; `:root:lang(xx)` needs the page's
 * own language, since nothing changes the root's `lang` after the build.
 */
function selectorCanMatch(selector: string, scopes: Set<string>, lang: string, elements?: Set<string>, values?: Set<string>): boolean {
  for (const m of selector.matchAll(scopeAttribute)) if (!scopes.has(m[1]!)) return false;
  if (values) for (const m of selector.matchAll(buildOnlyValue)) if (!values.has(`${m[1]}=${m[2]}`)) return false;
  // A selector that starts with an element only markup makes (`code`, `sub`, `abbr:where(…)`).
  const element = selector.match(/^([a-z][a-z0-9]*)(?![\w-])/)?.[1];
  if (elements && element && staticOnlyElements.has(element) && !elements.has(element)) return false;
  const rootLang = selector.match(/^:root:lang\(([\w-]+)\)$/)?.[1]?.toLowerCase();
  // As in CSS, :lang(en) also matches en-GB.
  return !rootLang || lang === rootLang || lang.startsWith(`${rootLang}-`);
}

/**
 * Elements the reset (Tailwind's preflight) styles that no script of the site creates (they make
 * only buttons, list items and spans; the deck's deferred slides are in the page when this runs):
 * a page without one in its markup never has one.
 */
export const staticOnlyElements = new Set(['abbr', 'audio', 'canvas', 'code', 'embed', 'hr', 'iframe', 'kbd', 'menu', 'object', 'optgroup', 'pre', 'progress', 'samp', 'select', 'small', 'sub', 'summary', 'sup', 'textarea', 'video']);

/**
 * Attributes only the build writes, never a script: a rule for a value of one that the page's
 * markup does not hold cannot match (a chart's row among the steps, src/utils/flowRows.ts).
 */
export const buildOnlyAttributes = ['data-flow-row'];
const buildOnlyValue = new RegExp(`\\[(${buildOnlyAttributes.join('|')})=["']?([^"'\\]]*)["']?\\]`, 'g');

/** The values of build-only attributes in the markup, as `name=value`. */
export function getBuildOnlyValues(markup: string): Set<string> {
  return new Set([...markup.matchAll(new RegExp(`\\s(${buildOnlyAttributes.join('|')})="([^"]*)"`, 'g'))].map((m) => `${m[1]}=${m[2]}`));
}

/** The element names that occur in the markup, lower-cased. */
export function getElementNames(markup: string): Set<string> {
  return new Set([...markup.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase()));
}

/** Removes rules left without selectors and at-rule blocks left empty, innermost first. */
function removeEmptyBlocks(root: Root): void {
  let removed = true;
  while (removed) {
    removed = false;
    root.walk((node) => {
      if ((node.type === 'rule' || node.type === 'atrule') && node.nodes && node.nodes.length === 0) {
        node.remove();
        removed = true;
      }
    });
  }
}

/**
 * The page's stylesheet without the selectors that cannot match it: those scoped to components
 * the page does not render, root language rules of other languages, and reset rules for elements
 * only markup makes that the page does not have.
 */
export function pruneCssForPage(css: string, page: { scopes: Set<string>; lang: string; elements?: Set<string>; values?: Set<string> }): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    // Keyframe steps (from, 50%) are rules too; they have no scope and always stay.
    const kept = rule.selectors.filter((s) => selectorCanMatch(s, page.scopes, page.lang.toLowerCase(), page.elements, page.values));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selector = kept.join(',');
  });
  removeEmptyBlocks(root);
  return root.toString();
}

function isInsideFontFace(node: Node): boolean {
  for (let p = node.parent as Node | undefined; p; p = p.parent as Node | undefined) if (p.type === 'atrule' && (p as AtRule).name === 'font-face') return true;
  return false;
}

/** Every declaration value outside @font-face rules, lower-cased: where a family can be named. */
export function getDeclaredValues(css: string): string {
  const values: string[] = [];
  postcss.parse(css).walkDecls((decl) => {
    if (!isInsideFontFace(decl)) values.push(decl.value.toLowerCase());
  });
  return values.join('\n');
}

/**
 * The stylesheet without the @font-face rules whose family no declaration of the page names (in
 * `font-family`, the `font` shorthand or a custom property): the other languages' fallback faces,
 * once their root rules are gone. `declared` is getDeclaredValues() of all the page's styles.
 */
export function dropUnnamedFaces(css: string, declared: string): string {
  const root = postcss.parse(css);
  root.walkAtRules('font-face', (face) => {
    let family = '';
    face.walkDecls('font-family', (d) => {
      family = d.value.trim().replace(/^(['"])(.*)\1$/, '$2').toLowerCase();
    });
    if (family && !declared.includes(family)) face.remove();
  });
  removeEmptyBlocks(root);
  return root.toString();
}

/** The CSP source expression for an inline element's text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/**
 * The policy with its script-src and style-src hashes narrowed to the page's own inline scripts
 * and styles. Other sources in those directives ('self', say) stay as they are.
 */
export function narrowCspHashes(policy: string, hashes: { script: string[]; style: string[] }): string {
  return policy
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      const own = name === 'script-src' ? hashes.script : name === 'style-src' ? hashes.style : undefined;
      if (!own) return directive;
      const lead = directive.match(/^\s*/)![0];
      const kept = sources.filter((s) => !/^'sha(256|384|512)-/.test(s));
      return `${lead}${[name, ...kept, ...new Set(own)].join(' ')}`;
    })
    .join(';');
}

/** What trimming did to one page, in bytes of HTML. */
export interface PageTrim {
  html: string;
  cssBefore: number;
  cssAfter: number;
}

/**
 * One built page with its inline styles pruned to what can match it and its CSP narrowed to its
 * own inline scripts and styles. A page without a CSP meta tag (or with an empty one) is left as
 * it is: every page Astro builds has one, and the site's tests require it.
 */
export function trimPage(html: string): PageTrim {
  const policy = html.match(cspMeta)?.[1];
  if (!policy) return { html, cssBefore: 0, cssAfter: 0 };
  const lang = html.match(/<html[^>]*\slang="([^"]+)"/)?.[1] ?? '';
  const markup = html.replace(styleElement, '');
  const scopes = getScopeIds(markup);
  const elements = getElementNames(markup.replace(scriptElement, ''));
  const values = getBuildOnlyValues(markup);

  let cssBefore = 0;
  let cssAfter = 0;
  const pruned = [...html.matchAll(styleElement)].map((m) => pruneCssForPage(m[2]!, { scopes, lang, elements, values }));
  // A face may be declared in one style element and named in another.
  const declared = pruned.map(getDeclaredValues).join('\n');
  const styleHashes: string[] = [];
  let index = 0;
  let out = html.replace(styleElement, (_whole, attributes: string, css: string) => {
    const trimmed = dropUnnamedFaces(pruned[index++]!, declared);
    cssBefore += css.length;
    cssAfter += trimmed.length;
    styleHashes.push(hashSource(trimmed));
    return `<style${attributes}>${trimmed}</style>`;
  });
  // Every inline script with content, whatever its type: JSON-LD is hashed too (SocialMeta.astro).
  const scriptHashes = [...out.matchAll(scriptElement)].filter((m) => !/\ssrc=/.test(m[1]!) && m[2]!.length > 0).map((m) => hashSource(m[2]!));
  // Wrapped in a function: a narrowed policy is plain text, and `$` in it must not be a pattern.
  out = out.replace(cspMeta, (meta) => meta.replace(policy, () => narrowCspHashes(policy, { script: scriptHashes, style: styleHashes })));
  return { html: out, cssBefore, cssAfter };
}

/** Every .html file under a folder. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/**
 * Trims every built page (trimPage), after keeping its dot-joined words together
 * (keepInterpunct.ts) and each Korean figure with its particle (keepFigureParticle.ts). It must run
 * before serviceWorker(), whose precache
 * revisions are hashes of the files as they are served.
 */
export function pageTrim(): AstroIntegration {
  return {
    name: 'page-trim',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let before = 0;
        let after = 0;
        const files = htmlFiles(fileURLToPath(dir));
        for (const file of files) {
          const original = readFileSync(file, 'utf8');
          // The one change to the markup itself, made here so the page is read and written once.
          const trimmed = trimPage(keepFigureParticlesTogether(keepInterpunctRunsTogether(original)));
          before += trimmed.cssBefore;
          after += trimmed.cssAfter;
          if (trimmed.html !== original) writeFileSync(file, trimmed.html);
        }
        logger.info(`${files.length} pages: inline CSS cut to what each page can use, ${(before / 1024).toFixed(0)} → ${(after / 1024).toFixed(0)} KiB in all; CSP hashes narrowed to each page's own`);
      },
    },
  };
}
