/**
 * Where a line must not break around a number: "about 200 / MW" or "VND 17.5 / trillion" reads as
 * two facts. A number keeps the word after it ("200 MW", "17.5 trillion", "2억 달러", "64 km") and
 * a short prefix keeps the number after it ("USD 200", "~ 64", "> 100,000"). Qualifiers ("about",
 * "at least") and a currency code after a scale word ("200 triệu / USD") may still end a line:
 * binding those too made figures wider than the narrow chart cards they sit in.
 *
 * Pure and locale-free: the rules are about digits and a few symbols, not words.
 */

/** A token that belongs with the number after it. */
const PREFIX = /^(?:USD|VND|KRW|US\$|[~≈<>≤≥±]|약)$/;
/** A token ending in a number, Korean scale words glued on ("2억"); not a date part like "2025년". */
const NUMBER_END = /\d[만억조]?$/;

/** For each gap between consecutive words, whether it must not break. */
export function numberBindings(words: readonly string[]): boolean[] {
  return words.slice(1).map((after, i) => {
    const before = words[i]!;
    return NUMBER_END.test(before) || (PREFIX.test(before) && /^\d/.test(after));
  });
}

/** Groups words that must stay on one line; a group is joined back with ordinary spaces by the caller. */
export function groupWords(text: string): string[][] {
  const words = text.split(/[ \t\n\r]+/).filter(Boolean);
  const bound = numberBindings(words);
  const groups: string[][] = [];
  words.forEach((word, i) => {
    if (i > 0 && bound[i - 1]) groups[groups.length - 1]!.push(word);
    else groups.push([word]);
  });
  return groups;
}

/** The text with a no-break space in every gap that must not break (for HTML text; runs of spaces become one). */
export function bindNumbers(text: string): string {
  return groupWords(text)
    .map((group) => group.join('\u00a0'))
    .join(' ');
}
