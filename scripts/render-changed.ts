// Started by `npm run build` when the last build kept a renderer: render the changed pages with
// it, without starting Astro (see src/lib/build-run/render-changed.ts). With --wait it loads the
// renderer, then waits for the build's "render" message (sent once the seeds are ingested and the
// build is known to be incremental, with the collection's file stamps); the build ends it
// otherwise. On any failure (exit status 1) the build starts Astro instead.
// Started by Astro's build itself with ARCHIVE_RENDER_SHARE (see src/lib/build-run/render-share.ts),
// it renders that share of a full build's pages with the bundle of the build running; on a
// failure, that build renders every page again with Astro alone.
import { parseArgs } from 'node:util';
import { prepareRenderer, renderChanged, RendererUnusable, warmWhileWaiting } from '../src/lib/build-run/render-changed.ts';
import { renderShareOf } from '../src/lib/build-run/render-share.ts';
import { renderMessageStamps } from '../src/lib/build-run/renderer-record.ts';
import { runCli } from './run-cli.ts';

const usage = 'Usage: node scripts/render-changed.ts --renderer DIR --out DIR [--wait]';

/** Resolve, with the collection's stamps it names, when the parent process sends a `RenderMessage`; reject when they cannot be read. */
function parentSaysRender(): Promise<Map<string, string>> {
  // Held while waiting: die-with-parent.mjs unrefs the channel, and a listener does not ref it.
  process.channel?.ref();
  return new Promise((resolve, reject) => {
    // The channel must not keep this process alive once told (see die-with-parent.mjs).
    const told = (): void => {
      process.off('message', listener);
      process.channel?.unref();
    };
    const listener = (message: unknown): void => {
      let stamps: Map<string, string> | undefined;
      try {
        stamps = renderMessageStamps(message);
      } catch (error) {
        told();
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (stamps === undefined) return;
      told();
      resolve(stamps);
    };
    process.on('message', listener);
  });
}

// Until the pages are rendered: a process that ended early (its event loop empty) did not render them.
process.exitCode = 1;

runCli('render-changed', usage, async () => {
  const { values } = parseArgs({ options: { renderer: { type: 'string' }, out: { type: 'string' }, wait: { type: 'boolean', default: false } } });
  if (values.renderer === undefined || values.out === undefined) throw new Error(`expected --renderer and --out.\n${usage}`);
  const told = values.wait ? parentSaysRender() : Promise.resolve(undefined);
  // Awaited below, once the renderer is loaded; a message arriving before then must not go unhandled.
  told.catch(() => undefined);
  const share = renderShareOf();
  try {
    const prepared = await prepareRenderer({ root: process.cwd(), rendererDir: values.renderer });
    await warmWhileWaiting(prepared, told);
    const stamps = await told;
    const { rendered } = await renderChanged(prepared, { root: process.cwd(), out: values.out, stamps, share, log: (line) => console.error(`render-changed: ${line}`) });
    const pages = `${rendered} page${rendered === 1 ? '' : 's'}`;
    console.error(`render-changed: ${share === undefined ? `${pages} rendered with the last build's renderer` : `${pages} rendered beside Astro (share ${share.index + 1} of ${share.count})`}.`);
    return 0;
  } catch (error) {
    if (!(error instanceof RendererUnusable)) throw error;
    // Wait for the build's message, as a renderer that can render does, whatever its stamps file holds.
    await told.catch(() => undefined);
    console.error(`render-changed: ${share === undefined ? "the last build's renderer" : "this build's renderer"} cannot be used: ${error.message}.`);
    return 1;
  }
});
