/** Build-time constants defined by the integrations in src/integrations/csp.ts and src/integrations/direct-files.ts. */
interface ImportMetaEnv {
  /** True in `astro build`: src/middleware.ts finishes each page (relative links, CSP). */
  readonly DOSSIER_SECURE_PAGES?: boolean;
  /** Digest of the code that finishes pages: when it changes, no page is reused from the previous build. */
  readonly DOSSIER_FINISHING_DIGEST?: string;
  /** In `astro build`: the absolute output folder, where src/lib/direct-files.ts writes the files that are not pages. */
  readonly DOSSIER_OUT_DIR?: string;
}
