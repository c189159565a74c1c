// Loaded with `--import` into the Astro process that scripts/spawn-astro.ts starts. That script
// keeps an IPC channel to it; when the script dies, even by `kill -9`, the channel closes, and
// this ends the child's whole process group (Astro and anything it started), so no orphaned
// build runs on, writing into a folder that no one will use. Plain JavaScript: it is loaded
// without the TypeScript resolver.
if (process.channel) {
  process.on('disconnect', () => {
    try {
      // Started in its own process group (`detached`), the child leads it: end the group.
      process.kill(-process.pid, 'SIGKILL');
    } catch {
      // Not a group leader (`npm run dev` keeps the terminal's group): end this process.
      process.kill(process.pid, 'SIGKILL');
    }
  });
  // The channel carries no messages and must not keep the child alive once its work is done
  // (adding the listener above took a reference on it).
  process.channel.unref();
}
