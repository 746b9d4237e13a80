/**
 * How the dashboard is driven in Debian's chromium, by tests/e2e and by scripts/readme-screenshot.ts: no
 * network beyond this machine, no background traffic, no GPU.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
