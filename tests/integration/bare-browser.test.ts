import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBareBrowser, type BareBrowser, type BarePage } from '../../bench/src/bare-browser.ts';
import { findBrowser } from '../../bench/src/find-browser.ts';
import { serveStatic, type StaticServer } from '../../bench/src/static-server.ts';

/** A page whose field reports every input event it gets, with the field's value. */
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Field</title></head>
<body><main><input type="search" aria-label="Search"><ol></ol></main>
<script>
const input = document.querySelector('input');
const log = document.querySelector('ol');
document.addEventListener('focusin', () => {
  const item = document.createElement('li');
  item.textContent = 'focusin';
  log.append(item);
});
input.addEventListener('input', (event) => {
  const item = document.createElement('li');
  item.textContent = event.inputType + ':' + input.value;
  log.append(item);
});
</script></body></html>`;

/** A local port nothing listens on. */
async function closedPort(): Promise<number> {
  const listener = createServer();
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  const { port } = listener.address() as AddressInfo;
  await new Promise((resolve) => listener.close(resolve));
  return port;
}

const events = `[...document.querySelectorAll('li')].map((item) => item.textContent)`;

describe("the benchmark's bare DevTools browser", () => {
  const dir = mkdtempSync(join(tmpdir(), 'bare-browser-'));
  let server: StaticServer;
  let browser: BareBrowser;

  beforeAll(async () => {
    writeFileSync(join(dir, 'index.html'), page);
    server = await serveStatic([{ prefix: '/', dir }]);
    browser = await launchBareBrowser(findBrowser());
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Runs `use` in a new tab, closed afterwards whatever happens. */
  const inTab = async (use: (tab: BarePage) => Promise<void>): Promise<void> => {
    const tab = await browser.newPage();
    try {
      await use(tab);
    } finally {
      await tab.close();
    }
  };

  test('loads a page and gives the HTTP status of the document', async () => {
    await inTab(async (tab) => {
      expect(await tab.goto(`${server.url}/`)).toBe(200);
      expect(tab.url()).toBe(`${server.url}/`);
      expect(await tab.evaluate<string>('document.title')).toBe('Field');
      expect(await tab.goto(`${server.url}/missing/`)).toBe(404);
    });
  });

  test('focuses a field with a focus event, types text as one input event and deletes a selection with the Delete key', async () => {
    await inTab(async (tab) => {
      await tab.goto(`${server.url}/`);
      await tab.evaluate(`document.querySelector('input').focus()`);
      await tab.insertText('two words');
      await tab.evaluate(`document.querySelector('input').select()`);
      await tab.press('Delete');
      expect(await tab.evaluate<string[]>(events)).toEqual(['focusin', 'insertText:two words', 'deleteContentForward:']);
    });
  });

  test('awaits a promise the page returns', async () => {
    await inTab(async (tab) => {
      await tab.goto(`${server.url}/`);
      expect(await tab.evaluate<number>('new Promise((resolve) => setTimeout(() => resolve(42), 10))')).toBe(42);
    });
  });

  test('opens each page in a fresh context, so nothing stored by one page reaches the next', async () => {
    await inTab(async (first) => {
      await first.goto(`${server.url}/`);
      await first.evaluate(`localStorage.setItem('seen', 'yes')`);
    });
    await inTab(async (second) => {
      await second.goto(`${server.url}/`);
      expect(await second.evaluate<string | null>(`localStorage.getItem('seen')`)).toBeNull();
    });
  });

  test('reports an exception thrown in the page, naming the page', async () => {
    await inTab(async (tab) => {
      await tab.goto(`${server.url}/`);
      await expect(tab.evaluate('null.property')).rejects.toThrow(`bench: ${server.url}/: the page threw: TypeError`);
    });
  });

  test('says which page did not load and why', async () => {
    const closed = await closedPort();
    await inTab(async (tab) => {
      await expect(tab.goto(`http://127.0.0.1:${closed}/`)).rejects.toThrow(`bench: http://127.0.0.1:${closed}/ did not load (net::ERR_CONNECTION_REFUSED)`);
    });
  });
});

describe('starting a browser that is not Chromium', () => {
  test.each([
    // It exits at once: whichever Node notices first, the exit or a closed pipe, is the reason given.
    { path: '/bin/false', error: /^bench: Chromium \(\/bin\/false\) (exited|stopped)[^\n]*\.\nFix: check that \/bin\/false runs/ },
    { path: '/nonexistent/chromium', error: /^bench: Chromium \(\/nonexistent\/chromium\) could not be started \(spawn \/nonexistent\/chromium ENOENT\)/ },
  ])('$path: the error names the binary and the fix', async ({ path, error }) => {
    await expect(launchBareBrowser(path, 10_000)).rejects.toThrow(error);
  });
});
