/**
 * Korean writes large amounts in 조, 억 and 만 parts, each grouped, with no decimals: "13억1,000만",
 * "17조5,000억", "2억" (Intl writes "13.1억", "17.5조"). `significant` digits are kept, as in the
 * other languages' "1.31 billion"; for values of 1억 or more that never leaves anything below 만.
 * Shared by the build's formatter (src/i18n/format.ts) and the what-if's in the browser.
 */
export function koreanParts(value: number, significant: number): string {
  const abs = Math.abs(value);
  const step = 10 ** Math.max(0, Math.floor(Math.log10(abs)) - significant + 1);
  let rest = Math.round(abs / step) * step;
  const grouped = new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 0 });
  const parts: string[] = [];
  for (const [size, word] of [
    [1e12, '조'],
    [1e8, '억'],
    [1e4, '만'],
  ] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${grouped.format(n)}${word}`);
    rest -= n * size;
  }
  if (rest > 0) parts.push(grouped.format(rest));
  return `${value < 0 ? '-' : ''}${parts.join('')}`;
}
