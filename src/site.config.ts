/**
 * Site-wide settings. Override at build time with environment variables.
 */
export const siteConfig = {
  name: 'Dossier',
  /** Repository that holds content/, for "Edit this page" and source links. */
  repository: (import.meta.env.DOSSIER_REPO as string | undefined) ?? 'https://github.com/dossier-research/dossier',
  /** Branch that "Edit this page" links point at. */
  branch: (import.meta.env.DOSSIER_BRANCH as string | undefined) ?? 'main',
};
