import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { chartStates } from '../charts/registry';
import { checkContent } from '../content/checkContent';
import { checkTranslations } from '../content/checkTranslations';
// Importing the data validates it: a bad figure or source throws here, naming the file and field.
import { allFigures, data } from '../data/index';
import { defaultLocale, localeCodes } from '../i18n/locales';
import { dictionaries } from '../i18n/t';

/**
 * Fails the build before any page renders when the content and the data disagree: a chapter
 * missing in a locale, an unknown figure id or chart state, mismatched steps, or a missing translation.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const problems = [
          ...checkContent(`${root}/content`, {
            locales: localeCodes,
            figureIds: new Set(allFigures.map((f) => f.id)),
            chartStates,
            eventIds: new Set(data.events.map((e) => e.id)),
          }),
          ...checkTranslations(dictionaries.ui, (l) => `src/i18n/${l}.json`, defaultLocale),
          ...checkTranslations(dictionaries.data, (l) => `src/i18n/data/${l}.json`, defaultLocale),
        ];
        if (problems.length) {
          throw new Error(`Content check failed:\n  - ${problems.join('\n  - ')}`);
        }
        logger.info(`content, data and translations agree (${allFigures.length} figures)`);
      },
    },
  };
}
