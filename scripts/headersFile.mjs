// The `_headers` file format of Cloudflare Pages and Netlify: a path pattern on its own line, then
// indented `Name: value` lines. Parsed here so the local server sends the same headers a CDN would,
// the build can prefix the paths with BASE_PATH, and the tests can check the policy.

/**
 * @typedef {{ path: string, line: number, headers: Array<[string, string]> }} HeaderRule
 * @typedef {{ rules: HeaderRule[], errors: string[] }} ParsedHeaders
 */

/** Parses a `_headers` file; syntax problems are returned as messages naming the line. */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  /** @type {string[]} */
  const errors = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim() || raw.trim().startsWith('#')) return;
    const indented = /^\s/.test(raw);
    if (!indented) {
      const path = raw.trim();
      if (!/^(\/|https:\/\/)/.test(path) || /\s/.test(path)) errors.push(`_headers:${line}: "${path}" is not a path (must start with /)`);
      else if ((path.match(/\*/g) ?? []).length > 1) errors.push(`_headers:${line}: "${path}" has more than one *`);
      else rules.push({ path, line, headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const match = /^\s+([A-Za-z0-9-]+):\s*(.+?)\s*$/.exec(raw);
    if (!rule) errors.push(`_headers:${line}: header before any path`);
    else if (!match) errors.push(`_headers:${line}: expected "Name: value"`);
    else rule.headers.push([match[1], match[2]]);
  });
  for (const rule of rules) if (rule.headers.length === 0) errors.push(`_headers:${rule.line}: "${rule.path}" has no headers`);
  return { rules, errors };
}

/** The regular expression a rule's path pattern stands for: `*` any characters, `:name` one segment. */
export function toPathPattern(path) {
  const source = path
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * Headers a CDN sends for a request path: every matching rule applies; a header set by several
 * rules is joined with ", " (as Cloudflare and Netlify do). Names are lower-cased.
 */
export function headersFor(rules, urlPath) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const rule of rules) {
    if (!toPathPattern(rule.path).test(urlPath)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}

/** The rules that set `header` for a request path (to prove no two rules fight over one header). */
export function rulesSetting(rules, urlPath, header) {
  const key = header.toLowerCase();
  return rules.filter((r) => toPathPattern(r.path).test(urlPath) && r.headers.some(([n]) => n.toLowerCase() === key));
}

/** Rewrites the file's root-relative path lines under `base` (e.g. "/_astro/*" → "/pitch/_astro/*"). */
export function prefixHeadersFile(text, base) {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`;
  if (prefix === '/') return text;
  return text
    .split('\n')
    .map((line) => (line.startsWith('/') ? `${prefix}${line}` : line))
    .join('\n');
}
