/** Reads the `--color-*` tokens from the CSS `@theme` block, so build-time images use the site's palette. */
export function getThemeColors(css: string): Record<string, string> {
  const colors: Record<string, string> = {};
  for (const m of css.matchAll(/--color-([\w-]+):\s*(#[0-9a-f]{3,8})\s*;/gi)) colors[m[1]!] = m[2]!;
  return colors;
}

/** A theme colour by token name; throws naming the token when global.css lacks it. */
export function pickColor(colors: Record<string, string>, token: string): string {
  const c = colors[token];
  if (!c) throw new Error(`src/styles/global.css: no --color-${token} token for the share card`);
  return c;
}
