/**
 * Which Chromium the browser tests drive: Debian's /usr/bin/chromium when it is
 * there (Playwright cannot download its own browser on our machines), else
 * Playwright's own, else a clear message saying how to get one.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags for a sandboxed CI machine with no network but the package registries. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * @returns Path of the Chromium executable to launch.
 * @throws Error with install instructions when no Chromium is found.
 */
export function chromiumExecutable(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', safePlaywrightPath()];
  const found = candidates.find((candidate): candidate is string => Boolean(candidate) && existsSync(candidate as string));
  if (found) return found;
  throw new Error(
    'No Chromium found for the browser tests. Install one of:\n' +
      '  - Debian/Ubuntu: sudo apt-get install -y chromium   (used from /usr/bin/chromium)\n' +
      '  - elsewhere:     npx playwright install chromium\n' +
      'or set CHROMIUM_PATH to a Chromium executable.',
  );
}

/**
 * @returns Playwright's own Chromium path, or undefined when it cannot say.
 */
function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
