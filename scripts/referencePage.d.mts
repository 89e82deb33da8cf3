/** Types for referencePage.mjs (the benchmark's plain-HTML floor pages). */
/** The headings, paragraphs and list items of a built page's <main>, as a page with no styles, scripts, fonts or drawings. */
export function referencePage(html: string): string;
