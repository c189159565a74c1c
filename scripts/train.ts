/**
 * Refit the role model's weights on both corpora and write them to the committed model file.
 *
 *   npm run train [-- DIR ...] [--out FILE]
 *
 * Deterministic: the same corpora give the same file, byte for byte.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fitRoles } from '../src/lib/train/fit-roles';
import { readCorpus } from '../src/lib/train/read-corpus';
import { defaultCorpora, modelFile } from '../src/lib/train/corpora';

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
