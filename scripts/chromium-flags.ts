/**
 * Flags for headless Chromium on a small machine with no outside network: no sandbox (containers
 * run as root), no GPU, no shared-memory file system, and nothing that phones home. Shared by the
 * browser tests (playwright.config.ts) and the benchmark.
 */
export const chromiumFlags: readonly string[] = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]);
