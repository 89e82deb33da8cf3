import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './content/chapterSchema';

/** Story chapters: content/<locale>/NN-slug.mdx; the id is "<locale>/NN-slug". */
const chapters = defineCollection({
  loader: glob({ pattern: '*/[0-9][0-9]-*.mdx', base: './content' }),
  schema: chapterSchema,
});

export const collections = { chapters };
