/**
 * JSON-LD for the site's pages, as plain data. The page describes itself (WebPage in a WebSite),
 * what it is about (Thái Nguyên, with its sourced map point) and the figures download (Dataset).
 */

export interface PageLdInput {
  url: string;
  title: string;
  description: string;
  lang: string;
  image: string;
  siteUrl: string;
  siteName: string;
  languages: string[];
  place: { name: string; lat: number; lon: number };
  dataset: { name: string; description: string; csvUrl: string; jsonUrl: string };
}

/** The schema.org graph describing one page. */
export function buildPageLd(p: PageLdInput): Record<string, unknown> {
  const website = `${p.siteUrl}#website`;
  return {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', '@id': website, url: p.siteUrl, name: p.siteName, inLanguage: p.languages },
      {
        '@type': 'WebPage',
        '@id': `${p.url}#webpage`,
        url: p.url,
        name: p.title,
        description: p.description,
        inLanguage: p.lang,
        isPartOf: { '@id': website },
        primaryImageOfPage: { '@type': 'ImageObject', url: p.image, width: 1200, height: 630 },
        about: {
          '@type': 'Place',
          name: p.place.name,
          geo: { '@type': 'GeoCoordinates', latitude: p.place.lat, longitude: p.place.lon },
          address: { '@type': 'PostalAddress', addressCountry: 'VN' },
        },
      },
      {
        '@type': 'Dataset',
        name: p.dataset.name,
        description: p.dataset.description,
        inLanguage: 'en',
        isPartOf: { '@id': website },
        distribution: [
          { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: p.dataset.csvUrl },
          { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: p.dataset.jsonUrl },
        ],
      },
    ],
  };
}

/** Serialises JSON-LD for a <script> element: `<` escaped so the text can never close the element. */
export function toLdScriptText(ld: Record<string, unknown>): string {
  return JSON.stringify(ld).replace(/</g, '\\u003c');
}
