import { z } from 'astro/zod';

/** Frontmatter of a chapter MDX file. */
export const chapterSchema = z.strictObject({
  /** Chapter heading, in the file's language. */
  title: z.string().min(1),
  /** Short label for the contents menu and the deck overview. */
  short: z.string().min(1),
  /** One or two sentences used as the chapter's lead and in meta descriptions. */
  description: z.string().min(1),
  /** Kicker above the title ("Chapter 3 · The Hà Nội comparison" style label). */
  kicker: z.string().min(1),
  /** Id of the chapter's sticky graphic (a chart in src/charts). */
  chart: z.string().min(1),
});

export type ChapterData = z.output<typeof chapterSchema>;
