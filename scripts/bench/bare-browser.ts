import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { chromiumFlags } from './find-browser';

/**
 * Headless Chromium driven over the DevTools protocol with only the Page, Runtime and Input
 * domains, for timing what a reader's browser does.
 *
 * Playwright (and Puppeteer) always turn on the Network domain, which reports every request to
 * the driver. On the 2-core bench machine that made ten parallel fetches of small files take
 * 15 ms instead of 8 ms, and one fetch 3 ms instead of 2: a cost per request that a reader's
 * browser never pays, and that would be charged to whichever engine fetches more files. So the
 * search figures are measured through this client; the browser tests keep Playwright.
 */
export interface BareBrowser {
  /** A tab in a new browser context: empty cache, storage and cookies, like a fresh visitor. */
  newPage(): Promise<BarePage>;
  close(): Promise<void>;
}

export interface BarePage {
  /** Loads `url`, resolving after its load event with the HTTP status of the document. */
  goto(url: string, timeoutMs?: number): Promise<number>;
  /** The URL last passed to `goto`. */
  url(): string;
  /** Evaluates a JavaScript expression in the page, awaiting a promise; gives its value as JSON. */
  evaluate<T>(expression: string): Promise<T>;
  /** Types text into the focused element as one input event, like an IME or a paste. */
  insertText(text: string): Promise<void>;
  /** Presses and releases a key such as `Delete` or `Backspace` in the focused element. */
  press(key: 'Delete' | 'Backspace'): Promise<void>;
  close(): Promise<void>;
}

/** Settings that keep a headless browser's timers and rendering at full speed, as Playwright sets them. */
const timingFlags = ['--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'];

const keyCodes: Readonly<Record<'Delete' | 'Backspace', number>> = { Delete: 46, Backspace: 8 };

interface Message {
  readonly id?: number;
  readonly method?: string;
  readonly params?: Record<string, unknown>;
  readonly sessionId?: string;
  readonly result?: Record<string, unknown>;
  readonly error?: { readonly message: string };
}

/** Launches `executablePath` headless, talking to it over `--remote-debugging-pipe`. */
export async function launchBareBrowser(executablePath: string, timeoutMs = 60_000): Promise<BareBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const child: ChildProcess = spawn(
    executablePath,
    [...chromiumFlags, ...timingFlags, '--headless', '--mute-audio', '--hide-scrollbars', '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
  );
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });

  let nextId = 0;
  let exited: string | null = null;
  const pending = new Map<number, { resolve: (result: Record<string, unknown>) => void; reject: (error: Error) => void; method: string }>();
  const listeners = new Set<(message: Message) => void>();
  const fail = (why: string): void => {
    exited = why;
    for (const call of pending.values()) call.reject(new Error(`bench: Chromium ${why} during ${call.method}.${stderr ? `\n${stderr.trim()}` : ''}`));
    pending.clear();
  };
  child.once('exit', (code, signal) => fail(`exited (${signal ?? `code ${code}`})`));
  child.once('error', (error) => fail(`could not start (${error.message}); check CHROMIUM_PATH`));

  let buffered = '';
  fromBrowser.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    let end = buffered.indexOf('\0');
    while (end !== -1) {
      const message = JSON.parse(buffered.slice(0, end)) as Message;
      buffered = buffered.slice(end + 1);
      end = buffered.indexOf('\0');
      const call = message.id === undefined ? undefined : pending.get(message.id);
      if (call !== undefined && message.id !== undefined) {
        pending.delete(message.id);
        if (message.error) call.reject(new Error(`bench: Chromium refused ${call.method}: ${message.error.message}`));
        else call.resolve(message.result ?? {});
      } else {
        for (const listener of listeners) listener(message);
      }
    }
  });

  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> => {
    if (exited !== null) return Promise.reject(new Error(`bench: Chromium ${exited}; cannot send ${method}.`));
    const id = ++nextId;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, method });
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId === undefined ? {} : { sessionId }) })}\0`);
    });
  };
  const waitFor = (predicate: (message: Message) => boolean, what: string, ms: number): Promise<void> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        listeners.delete(listener);
        reject(new Error(`bench: no ${what} within ${ms} ms.`));
      }, ms);
      const listener = (message: Message): void => {
        if (!predicate(message)) return;
        clearTimeout(timer);
        listeners.delete(listener);
        resolve();
      };
      listeners.add(listener);
    });

  const started = setTimeout(() => fail(`did not answer within ${timeoutMs} ms`), timeoutMs);
  await send('Browser.getVersion');
  clearTimeout(started);

  const newPage = async (): Promise<BarePage> => {
    const { browserContextId } = await send('Target.createBrowserContext');
    const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId });
    const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    await send('Page.enable', {}, sessionId);
    let current = 'about:blank';
    const evaluate = async <T>(expression: string): Promise<T> => {
      const answer = (await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId)) as {
        result?: { value?: unknown };
        exceptionDetails?: { text?: string; exception?: { description?: string } };
      };
      if (answer.exceptionDetails) {
        const details = answer.exceptionDetails;
        throw new Error(`bench: ${current}: the page threw: ${details.exception?.description ?? details.text ?? 'an exception'}.`);
      }
      return answer.result?.value as T;
    };
    return {
      url: () => current,
      goto: async (url, ms = 30_000) => {
        current = url;
        const loaded = waitFor((m) => m.sessionId === sessionId && m.method === 'Page.loadEventFired', `load event from ${url}`, ms);
        const { errorText } = (await send('Page.navigate', { url }, sessionId)) as { errorText?: string };
        if (errorText) {
          loaded.catch(() => undefined);
          throw new Error(`bench: ${url} did not load (${errorText}).`);
        }
        await loaded;
        return evaluate<number>(`performance.getEntriesByType('navigation')[0]?.responseStatus ?? 0`);
      },
      evaluate,
      insertText: async (text) => {
        await send('Input.insertText', { text }, sessionId);
      },
      press: async (key) => {
        const event = { key, code: key, windowsVirtualKeyCode: keyCodes[key] };
        await send('Input.dispatchKeyEvent', { type: 'keyDown', ...event }, sessionId);
        await send('Input.dispatchKeyEvent', { type: 'keyUp', ...event }, sessionId);
      },
      close: async () => {
        await send('Target.disposeBrowserContext', { browserContextId });
      },
    };
  };

  return {
    newPage,
    close: async () => {
      if (exited === null) {
        const gone = new Promise((resolve) => child.once('exit', resolve));
        await send('Browser.close').catch(() => undefined);
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await gone;
        clearTimeout(timer);
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
