import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { loadFontsFor, toFontFamily } from './fonts';
import { pickColor } from './themeColors';

/** Open Graph image size (the size Facebook, LinkedIn, X and Zalo crop to). */
export const SHARE_CARD_SIZE = { width: 1200, height: 630 } as const;

/** What a share card says; every string is already localised and formatted. */
export interface ShareCardContent {
  lang: string;
  eyebrow: string;
  title: string;
  /** Up to three headline figures: the formatted value and what it is. */
  figures: { value: string; label: string }[];
  tagline: string;
  /** Where the site lives, e.g. "thai-nguyen-data-hub.example/en/". */
  address: string;
}

/** A satori element (the React element shape, without React). */
interface Node {
  type: string;
  props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string };
}

function el(type: string, style: Record<string, unknown>, children?: Node['props']['children']): Node {
  return { type, props: { style, ...(children === undefined ? {} : { children }) } };
}

/** Builds the card's element tree: title and headline figures on the paper colour, a tea band at the left. */
export function buildShareCardTree(c: ShareCardContent, colors: Record<string, string>, fontFamily: string): Node {
  const tea = pickColor(colors, 'tea');
  const ink = pickColor(colors, 'ink');
  const muted = pickColor(colors, 'muted');
  const korean = c.lang === 'ko';
  return el(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      background: pickColor(colors, 'paper'),
      fontFamily,
      color: ink,
    },
    [
      el('div', { width: 28, height: '100%', background: tea, display: 'flex' }),
      el('div', { display: 'flex', flexDirection: 'column', padding: '52px 64px 44px 56px', flex: 1 }, [
        el(
          'div',
          { fontSize: 26, fontWeight: 700, color: pickColor(colors, 'amber'), letterSpacing: 1, display: 'flex' },
          korean ? c.eyebrow : c.eyebrow.toUpperCase(),
        ),
        el(
          'div',
          {
            fontSize: 58,
            fontWeight: 700,
            lineHeight: 1.18,
            color: pickColor(colors, 'tea-2'),
            marginTop: 14,
            display: 'flex',
            ...(korean ? { wordBreak: 'keep-all' } : {}),
          },
          c.title,
        ),
        el(
          'div',
          { display: 'flex', gap: 24, marginTop: 'auto' },
          c.figures.map((f) =>
            el(
              'div',
              {
                display: 'flex',
                flexDirection: 'column',
                flex: 1,
                background: pickColor(colors, 'tea-soft'),
                borderRadius: 16,
                padding: '20px 22px',
              },
              [
                el('div', { fontSize: 40, fontWeight: 700, color: tea, lineHeight: 1.1, display: 'flex' }, f.value),
                el(
                  'div',
                  { fontSize: 21, color: muted, marginTop: 8, lineHeight: 1.3, display: 'flex', ...(korean ? { wordBreak: 'keep-all' } : {}) },
                  f.label,
                ),
              ],
            ),
          ),
        ),
        el('div', { display: 'flex', justifyContent: 'space-between', marginTop: 28, fontSize: 22, color: muted }, [
          el('div', { display: 'flex' }, c.tagline),
          el('div', { display: 'flex', fontWeight: 700, color: tea }, c.address),
        ]),
      ]),
    ],
  );
}

/** All the text on a card, for choosing font subsets. */
function cardText(c: ShareCardContent): string {
  return [c.eyebrow, c.eyebrow.toUpperCase(), c.title, c.tagline, c.address, ...c.figures.flatMap((f) => [f.value, f.label])].join('');
}

/** Renders a share card to a 1200×630 PNG with satori (SVG) and resvg (PNG), fonts from npm packages only. */
export async function renderShareCardPng(c: ShareCardContent, colors: Record<string, string>): Promise<Buffer> {
  const fonts = loadFontsFor(cardText(c));
  const svg = await satori(buildShareCardTree(c, colors, toFontFamily(fonts)) as Parameters<typeof satori>[0], {
    ...SHARE_CARD_SIZE,
    fonts,
  });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_CARD_SIZE.width }, font: { loadSystemFonts: false } }).render().asPng();
  return png;
}
