/**
 * Refit the role model's weights on both corpora and write them to the committed model file; then
 * choose the story-detection threshold on the same pages' bodies and write it beside the story code
 * and into the README's Stories section.
 *
 *   npm run train [-- DIR ...] [--out FILE]
 *
 * Deterministic: the same corpora give the same file, byte for byte.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { normalize } from '../src/lib/normalize/normalize.ts';
import { fitStoryThreshold } from '../src/lib/train/fit-story-threshold.ts';
import { storyThresholdFile, writeStoryReport } from '../src/lib/stories/story-report.ts';
import { fitRoles } from '../src/lib/train/fit-roles.ts';
import { readCorpus } from '../src/lib/train/read-corpus.ts';
import { defaultCorpora, modelFile } from '../src/lib/train/corpora.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
const folders = (positionals.length > 0 ? positionals : defaultCorpora).map((f) => resolve(f));
for (const f of folders) {
  if (!existsSync(f)) {
    console.error(`train: no corpus folder at ${f}: pass folders of NNN.txt pages with NNN.json labels, e.g. npm run train -- ../shared/corpus/dev`);
    process.exit(1);
  }
}
const pages = folders.flatMap((f) => readCorpus(f));
const started = performance.now();
const model = fitRoles(pages);
const out = resolve(values.out ?? modelFile);
writeFileSync(out, `${JSON.stringify(model, null, 1)}\n`);
const sites = new Set(pages.map((p) => p.site)).size;
console.log(
  `train: fitted the role model on ${pages.length} pages from ${sites} sites in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
    `${Object.keys(model.vocabulary).length} furniture words; wrote ${out}`,
);

const bodies = pages.flatMap((p) => {
  const result = normalize({ file: p.file, bytes: p.bytes }, { model });
  return result.ok ? [result.article.body] : [];
});
const fit = fitStoryThreshold(bodies);
writeFileSync(resolve(storyThresholdFile), `${JSON.stringify(fit, null, 1)}\n`);
writeStoryReport(resolve('README.md'), fit, bodies.length);
console.log(`train: story threshold ${fit.threshold} from ${fit.versions.pairs} generated versions and ${fit.distinct.pairs} pairs of distinct stories; wrote ${storyThresholdFile}`);
