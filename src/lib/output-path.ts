/**
 * Where a page's URL path lands in dist/ with `build.format: 'file'`.
 * @param pathname The page's URL path as Astro renders it (`/articles/x`, `/`, `/dossier/people/page-2`).
 * @param base The site's base path (`/` or `/dossier/`).
 * @returns Its file inside the build folder, with forward slashes: `articles/x.html`, `index.html`.
 */
export function outputPathOf(pathname: string, base: string): string {
  const normalisedBase = base.endsWith('/') ? base : `${base}/`;
  let inSite = pathname;
  if (inSite.startsWith(normalisedBase)) inSite = inSite.slice(normalisedBase.length);
  else if (`${inSite}/` === normalisedBase) inSite = '';
  inSite = inSite.replace(/^\/+/, '');
  if (inSite === '' || inSite.endsWith('/')) return `${inSite}index.html`;
  return /\.html?$/.test(inSite) ? inSite : `${inSite}.html`;
}
