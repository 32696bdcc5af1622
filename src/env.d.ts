/** Build-time constants defined by the integrations in src/integrations/csp.ts, src/integrations/direct-files.ts and src/integrations/reused-pages.ts. */
interface ImportMetaEnv {
  /** True in `astro build`: src/middleware.ts finishes each page (relative links, CSP). */
  readonly DOSSIER_SECURE_PAGES?: boolean;
  /** Digest of the code that finishes pages: when it changes, no page is reused from the previous build. */
  readonly DOSSIER_FINISHING_DIGEST?: string;
  /** In `astro build`: the absolute output folder, where src/lib/direct-files.ts writes the files that are not pages. */
  readonly DOSSIER_OUT_DIR?: string;
  /** In `astro build`: where src/lib/direct-files.ts keeps the last build's files, linked into the output when unchanged. */
  readonly DOSSIER_DIRECT_CACHE_DIR?: string;
  /** In `astro build` with the incremental build: Astro's folder of page copies (src/integrations/reused-pages.ts). */
  readonly DOSSIER_PAGE_COPIES_DIR?: string;
}
