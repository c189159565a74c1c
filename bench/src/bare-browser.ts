import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { chromiumFlags } from './find-browser';

/**
 * Headless Chromium driven over the DevTools protocol with only the Page, Runtime, Emulation and
 * Input domains, for timing what a reader's browser does.
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
  /** Closes the browser (killing it if it does not go within 5 s) and removes its profile folder. */
  close(): Promise<void>;
}

export interface BarePage {
  /**
   * Loads `url`, resolving after its load event with the HTTP status of the document (0 where
   * there is none, as for `about:` URLs). Rejects when the page does not load within `timeoutMs`.
   */
  goto(url: string, timeoutMs?: number): Promise<number>;
  /** The URL last passed to `goto`. */
  url(): string;
  /** Evaluates a JavaScript expression in the page, awaiting a promise; gives its value as JSON. */
  evaluate<T>(expression: string): Promise<T>;
  /** Types text into the focused element as one input event, like an IME or a paste. */
  insertText(text: string): Promise<void>;
  /** Presses and releases a key such as `Delete` or `Backspace` in the focused element. */
  press(key: 'Delete' | 'Backspace'): Promise<void>;
  /** Closes the tab and its browser context (cache and storage go with it). */
  close(): Promise<void>;
}

/** Settings that keep a headless browser's timers and rendering at full speed, as Playwright sets them. */
const timingFlags: readonly string[] = Object.freeze([
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
]);

const keyCodes: Readonly<Record<'Delete' | 'Backspace', number>> = Object.freeze({ Delete: 46, Backspace: 8 });

/** Longest wait for any one answer from Chromium; page code that runs longer is the caller's timeout. */
const callTimeoutMs = 120_000;

interface Message {
  readonly id?: number;
  readonly method?: string;
  readonly params?: Record<string, unknown>;
  readonly sessionId?: string;
  readonly result?: Record<string, unknown>;
  readonly error?: { readonly message: string };
}

/** Something waiting for events; it removes itself from `waiters` once done. */
interface Waiter {
  /** Sees every event (a message that answers no call). */
  readonly take: (message: Message) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Launches `executablePath` headless with the project's Chromium flags, talking to it over
 * `--remote-debugging-pipe`. Rejects, naming the binary, when it does not start or answer
 * within `timeoutMs`; nothing is left running or on disk then.
 */
export async function launchBareBrowser(executablePath: string, timeoutMs = 60_000): Promise<BareBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const child = spawn(
    executablePath,
    [...chromiumFlags, ...timingFlags, '--headless', '--mute-audio', '--hide-scrollbars', '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
  );
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-2000);
  });
  const fix = `Fix: check that ${executablePath} runs (\`${executablePath} --version\`), or point CHROMIUM_PATH at another Chromium.`;

  let nextId = 0;
  let ended: string | null = null;
  const pending = new Map<number, { resolve: (result: Record<string, unknown>) => void; reject: (error: Error) => void; method: string; timer: NodeJS.Timeout }>();
  const waiters = new Set<Waiter>();
  const end = (why: string): void => {
    if (ended !== null) return;
    ended = why;
    const error = new Error(`bench: Chromium (${executablePath}) ${why}.${stderr ? `\n${stderr.trim()}` : ''}\n${fix}`);
    for (const call of pending.values()) {
      clearTimeout(call.timer);
      call.reject(error);
    }
    pending.clear();
    for (const waiter of waiters) waiter.reject(error);
    waiters.clear();
  };
  child.once('exit', (code, signal) => end(`exited (${signal ?? `code ${code}`})`));
  child.once('error', (error) => end(`could not be started (${error.message})`));
  toBrowser.on('error', (error) => end(`stopped reading commands (${error.message})`));
  fromBrowser.on('error', (error) => end(`stopped answering (${error.message})`));

  // Messages are JSON texts ended by a NUL byte; a chunk may end inside one, or inside a character.
  let buffered = '';
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk: string) => {
    buffered += chunk;
    let stop = buffered.indexOf('\0');
    while (stop !== -1) {
      const text = buffered.slice(0, stop);
      buffered = buffered.slice(stop + 1);
      stop = buffered.indexOf('\0');
      let message: Message;
      try {
        message = JSON.parse(text) as Message;
      } catch {
        end(`sent a message that is not JSON: ${text.slice(0, 200)}`);
        return;
      }
      const call = message.id === undefined ? undefined : pending.get(message.id);
      if (call !== undefined && message.id !== undefined) {
        pending.delete(message.id);
        clearTimeout(call.timer);
        if (message.error) call.reject(new Error(`bench: Chromium refused ${call.method}: ${message.error.message}`));
        else call.resolve(message.result ?? {});
      } else {
        for (const waiter of waiters) waiter.take(message);
      }
    }
  });

  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> => {
    if (ended !== null) return Promise.reject(new Error(`bench: Chromium ${ended}; cannot send ${method}.\n${fix}`));
    const id = ++nextId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`bench: Chromium did not answer ${method} within ${callTimeoutMs / 1000} s.\n${fix}`));
      }, callTimeoutMs);
      pending.set(id, { resolve, reject, method, timer });
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId === undefined ? {} : { sessionId }) })}\0`);
    });
  };

  const kill = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      if (ended === null) void send('Browser.close').catch(() => undefined);
      const timer = setTimeout(() => child.kill('SIGKILL'), ended === null ? 5_000 : 0);
      await gone;
      clearTimeout(timer);
    }
    rmSync(profile, { recursive: true, force: true });
  };

  const starting = setTimeout(() => end(`did not answer within ${timeoutMs / 1000} s of starting`), timeoutMs);
  try {
    await send('Browser.getVersion');
  } catch (error) {
    await kill();
    throw error;
  } finally {
    clearTimeout(starting);
  }

  const newPage = async (): Promise<BarePage> => {
    const { browserContextId } = await send('Target.createBrowserContext');
    const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId });
    const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    await send('Page.enable', {}, sessionId);
    await send('Page.setLifecycleEventsEnabled', { enabled: true }, sessionId);
    // As Playwright does: the tab behaves as focused, so focus() fires focus events.
    await send('Emulation.setFocusEmulationEnabled', { enabled: true }, sessionId);
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

    /** Resolves on the load event of the navigation `started` names (known only once it has begun). */
    const loadOf = (ms: number) => {
      const loaded = new Set<string>();
      let wanted: string | null = null;
      const { promise, resolve, reject } = Promise.withResolvers<void>();
      // Awaited by goto unless the navigation itself fails first; never an unhandled rejection.
      promise.catch(() => undefined);
      const stop = (): void => {
        clearTimeout(timer);
        waiters.delete(waiter);
      };
      const settle = (): void => {
        if (wanted === null || !loaded.has(wanted)) return;
        stop();
        resolve();
      };
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`bench: ${current} did not finish loading within ${ms / 1000} s.`));
      }, ms);
      const waiter: Waiter = {
        take: (message) => {
          const params = message.params as { name?: string; loaderId?: string } | undefined;
          if (message.sessionId !== sessionId || message.method !== 'Page.lifecycleEvent' || params?.name !== 'load' || params.loaderId === undefined) return;
          loaded.add(params.loaderId);
          settle();
        },
        reject: (error) => {
          stop();
          reject(error);
        },
      };
      waiters.add(waiter);
      return {
        promise,
        started: (loaderId: string) => {
          wanted = loaderId;
          settle();
        },
        cancel: stop,
      };
    };

    return {
      url: () => current,
      goto: async (url, ms = 30_000) => {
        current = url;
        const load = loadOf(ms);
        try {
          const { errorText, loaderId } = (await send('Page.navigate', { url }, sessionId)) as { errorText?: string; loaderId?: string };
          if (errorText) throw new Error(`bench: ${url} did not load (${errorText}); is the server running, and does it answer with a page?`);
          if (loaderId === undefined) throw new Error(`bench: ${url}: Chromium gave no loader id for the navigation.`);
          load.started(loaderId);
          await load.promise;
        } finally {
          load.cancel();
        }
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

  return { newPage, close: kill };
}
