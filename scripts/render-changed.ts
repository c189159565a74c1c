// Started by `npm run build` in an incremental build: render the changed pages with the last
// build's kept renderer, without starting Astro (see src/lib/build-run/render-changed.ts). On any
// failure (exit status 1) the build starts Astro instead.
import { parseArgs } from 'node:util';
import { renderChanged, RendererUnusable } from '../src/lib/build-run/render-changed.ts';
import { runCli } from './run-cli.ts';

const usage = 'Usage: node scripts/render-changed.ts --renderer DIR --out DIR';

runCli('render-changed', usage, async () => {
  const { values } = parseArgs({ options: { renderer: { type: 'string' }, out: { type: 'string' } } });
  if (values.renderer === undefined || values.out === undefined) throw new Error(`expected --renderer and --out.\n${usage}`);
  try {
    const { rendered } = await renderChanged({ root: process.cwd(), rendererDir: values.renderer, out: values.out, log: (line) => console.error(`render-changed: ${line}`) });
    console.error(`render-changed: ${rendered} page${rendered === 1 ? '' : 's'} rendered with the last build's renderer.`);
    return 0;
  } catch (error) {
    if (!(error instanceof RendererUnusable)) throw error;
    console.error(`render-changed: the last build's renderer cannot be used: ${error.message}.`);
    return 1;
  }
});
