/** Build-time constants defined by the integration in src/integrations/csp.ts. */
interface ImportMetaEnv {
  /** True in `astro build`: src/middleware.ts finishes each page (relative links, CSP). */
  readonly DOSSIER_SECURE_PAGES?: boolean;
  /** Digest of the code that finishes pages: when it changes, no page is reused from the previous build. */
  readonly DOSSIER_FINISHING_DIGEST?: string;
}
