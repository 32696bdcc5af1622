import { defineConfig } from '@playwright/test';
import { chromiumExecutable, chromiumArgs } from './tests/e2e/chromium.ts';
import { ports } from './tests/e2e/site.ts';

/**
 * Browser tests run against the built dist/ (npm test builds it first),
 * served twice: at / and under a base path, as GitHub Pages would.
 */

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
    baseURL: `http://127.0.0.1:${ports.root}`,
  },
  webServer: [
    {
      command: `tsx scripts/serve.ts --port ${ports.root}`,
      url: `http://127.0.0.1:${ports.root}/index.html`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `tsx scripts/serve.ts --port ${ports.base} --base /dossier/`,
      url: `http://127.0.0.1:${ports.base}/dossier/index.html`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
