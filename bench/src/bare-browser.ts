import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import CDP from 'chrome-remote-interface';
import { chromiumFlags } from './find-browser.ts';

/**
 * Headless Chromium driven over the DevTools protocol (chrome-remote-interface) with only the
 * Page, Runtime, Emulation and Input domains, for timing what a reader's browser does.
 *
 * Playwright (and Puppeteer) always turn on the Network domain, which reports every request to
 * the driver. On the 2-core bench machine that makes ten parallel fetches of small files take
 * 15 ms instead of 8 ms, and one fetch 3 ms instead of 2: a cost per request that a reader's
 * browser never pays, and that would be charged to whichever engine fetches more files.
 * chrome-remote-interface enables no domain it is not asked for, so the search figures are
 * measured through it; the browser tests keep Playwright.
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

/** `promise`, or the error `fail` makes if it has not settled within `ms`. */
function within<T>(promise: Promise<T>, ms: number, fail: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(fail()), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** A started Chromium: its process, its DevTools address, and why it stopped (null while it runs). */
interface Started {
  readonly child: ChildProcess;
  readonly address: string;
  readonly ended: () => string | null;
  /** Calls `listener` with the error message when Chromium stops; gives a function that cancels that. */
  readonly onEnd: (listener: (why: string) => void) => () => void;
}

/**
 * Starts `executablePath` with a DevTools port chosen by Chromium, resolving with the browser's
 * WebSocket address once it prints it. Rejects, naming the binary and the fix, when it exits,
 * cannot be started or says nothing within `timeoutMs`.
 */
function startChromium(executablePath: string, profile: string, timeoutMs: number): Promise<Started> {
  const args = [...chromiumFlags, ...timingFlags, '--headless', '--mute-audio', '--hide-scrollbars', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'];
  const child = spawn(executablePath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  let ended: string | null = null;
  const listeners = new Set<(why: string) => void>();
  const { promise, resolve, reject } = Promise.withResolvers<Started>();
  const end = (why: string): void => {
    if (ended !== null) return;
    ended = why;
    const error = chromiumError(executablePath, why, stderr);
    reject(error);
    for (const listener of listeners) listener(error.message);
  };
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-2000);
    const address = /DevTools listening on (ws:\/\/\S+)/.exec(stderr)?.[1];
    if (address !== undefined) {
      const onEnd = (listener: (why: string) => void): (() => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      };
      resolve({ child, address, ended: () => ended, onEnd });
    }
  });
  child.once('exit', (code, signal) => end(`exited (${signal ?? `code ${code}`})`));
  child.once('error', (error) => end(`could not be started (${error.message})`));
  const timer = setTimeout(() => {
    end(`did not answer within ${timeoutMs / 1000} s of starting`);
    child.kill('SIGKILL');
  }, timeoutMs);
  return promise.finally(() => clearTimeout(timer));
}

function chromiumError(executablePath: string, why: string, stderr = ''): Error {
  const fix = `Fix: check that ${executablePath} runs (\`${executablePath} --version\`), or point CHROMIUM_PATH at another Chromium.`;
  return new Error(`bench: Chromium (${executablePath}) ${why}.${stderr.trim() ? `\n${stderr.trim()}` : ''}\n${fix}`);
}

/** Stops Chromium (Browser.close, then SIGKILL after 5 s) and removes its profile folder. */
async function stopChromium(started: Started | null, client: CDP.Client | null, profile: string): Promise<void> {
  const child = started?.child;
  if (child !== undefined && child.exitCode === null && child.signalCode === null) {
    const gone = new Promise((resolve) => child.once('exit', resolve));
    void client?.send('Browser.close').catch(() => undefined);
    const timer = setTimeout(() => child.kill('SIGKILL'), client === null ? 0 : 5_000);
    await gone;
    clearTimeout(timer);
  }
  await client?.close().catch(() => undefined);
  rmSync(profile, { recursive: true, force: true });
}

/**
 * Launches `executablePath` headless with the project's Chromium flags and connects to it with
 * chrome-remote-interface. Rejects, naming the binary, when it does not start or answer within
 * `timeoutMs`; nothing is left running or on disk then.
 */
export async function launchBareBrowser(executablePath: string, timeoutMs = 60_000): Promise<BareBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  let started: Started | null = null;
  let client: CDP.Client | null = null;
  try {
    started = await startChromium(executablePath, profile, timeoutMs);
    const address = started.address;
    client = await within(CDP({ target: address, local: true }), timeoutMs, () => chromiumError(executablePath, `did not accept a connection at ${address}`));
  } catch (error) {
    await stopChromium(started, client, profile);
    throw error;
  }
  const browser = { started, client };
  return { newPage: () => openPage(browser, executablePath), close: () => stopChromium(started, client, profile) };
}

/** Sends one command, with a timeout and an error that says which command failed and why. */
function sender({ started, client }: { started: Started; client: CDP.Client }, executablePath: string) {
  return async <T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> => {
    const ended = started.ended();
    if (ended !== null) throw chromiumError(executablePath, `${ended}; cannot send ${method}`);
    const call = (client.send as (method: string, params: object, sessionId?: string) => Promise<T>)(method, params, sessionId);
    try {
      return await within(call, callTimeoutMs, () => chromiumError(executablePath, `did not answer ${method} within ${callTimeoutMs / 1000} s`));
    } catch (error) {
      if (error instanceof CDP.ProtocolError) throw new Error(`bench: Chromium refused ${method}: ${error.message}`);
      throw error;
    }
  };
}

async function openPage(browser: { started: Started; client: CDP.Client }, executablePath: string): Promise<BarePage> {
  const send = sender(browser, executablePath);
  const { browserContextId } = await send<{ browserContextId: string }>('Target.createBrowserContext');
  const { targetId } = await send<{ targetId: string }>('Target.createTarget', { url: 'about:blank', browserContextId });
  const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
  await send('Page.enable', {}, sessionId);
  await send('Page.setLifecycleEventsEnabled', { enabled: true }, sessionId);
  // As Playwright does: the tab behaves as focused, so focus() fires focus events.
  await send('Emulation.setFocusEmulationEnabled', { enabled: true }, sessionId);
  let current = 'about:blank';

  const evaluate = async <T>(expression: string): Promise<T> => {
    const answer = await send<{ result?: { value?: unknown }; exceptionDetails?: { text?: string; exception?: { description?: string } } }>(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
      sessionId,
    );
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
      const load = loadOf(browser, sessionId, url, ms);
      try {
        const { errorText, loaderId } = await send<{ errorText?: string; loaderId?: string }>('Page.navigate', { url }, sessionId);
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
}

/**
 * Resolves on the load event of the navigation `started` names (known only once it has begun);
 * rejects after `ms`, or when Chromium stops.
 */
function loadOf({ started, client }: { started: Started; client: CDP.Client }, sessionId: string, url: string, ms: number) {
  const loaded = new Set<string>();
  let wanted: string | null = null;
  let done = false;
  const { promise, resolve, reject } = Promise.withResolvers<void>();
  // Awaited by goto unless the navigation itself fails first; never an unhandled rejection.
  promise.catch(() => undefined);
  const stop = (): void => {
    done = true;
    clearTimeout(timer);
    unsubscribe();
    forget();
  };
  const settle = (): void => {
    if (done || wanted === null || !loaded.has(wanted)) return;
    stop();
    resolve();
  };
  const fail = (error: Error): void => {
    if (done) return;
    stop();
    reject(error);
  };
  const unsubscribe = client.Page.lifecycleEvent((params, from) => {
    if (from !== sessionId || params.name !== 'load') return;
    loaded.add(params.loaderId);
    settle();
  });
  const timer = setTimeout(() => fail(new Error(`bench: ${url} did not finish loading within ${ms / 1000} s.`)), ms);
  const forget = started.onEnd((why) => fail(new Error(why)));
  return {
    promise,
    started: (loaderId: string) => {
      wanted = loaderId;
      settle();
    },
    cancel: stop,
  };
}
