// Headless Chromium for the browser tests: Debian's `chromium` package (never a downloaded browser build), driven by
// playwright-core. Each launch gets a fresh temporary profile. The flags keep Chromium from reaching out on its own
// (component updates, sync, field trials): on a closed network those connections fail and slow every start.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { describe, it } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const hasChromium = (): boolean => existsSync(CHROMIUM_PATH);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
}

const MISSING = `no Chromium at ${CHROMIUM_PATH} (install Debian's chromium package, or set CHROMIUM_PATH)`;

/**
 * A describe block that needs Chromium. Without the binary it is skipped locally, with the reason in its name; under
 * CI (CI set) it fails instead, because CI must run these tests.
 */
export function describeWithChromium(name: string, body: () => void): void {
  if (hasChromium()) describe(name, body);
  else if (process.env.CI) {
    describe(name, () => {
      it('has Chromium to run in', () => {
        throw new Error(`${MISSING}: CI must run the browser tests (.ci/run installs the package)`);
      });
    });
  } else describe.skip(`${name} — skipped: ${MISSING}`, body);
}
