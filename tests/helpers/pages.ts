/** Static pages of the site (Astro `trailingSlash: 'always'`: every path ends with `/`). */
export const staticPages = [
  '/',
  '/questionnaire/',
  '/axes/pdp/',
  '/axes/sps/',
  '/dispositifs/',
  '/contacts/',
  '/aide-urgente/',
  '/confidentialite/',
  '/accessibilite/',
  '/mentions-legales/',
  '/a-propos/',
] as const;

export type StaticPage = (typeof staticPages)[number];
