// Shared by the command-line scripts: run a main function, turn its result into the exit
// status, and print unexpected failures as one line (the stack trace only when DEBUG is set).

/** A wrong or missing command-line argument: the message is followed by the usage, exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Run `main` and set the exit status it returns (1 on a thrown error). Argument errors print
 * the usage; other exceptions print their message, plus the stack trace when `DEBUG` is set.
 */
export function runCli(name: string, usage: string, main: () => number | Promise<number>): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        const err = error instanceof Error ? error : new Error(String(error));
        const isUsage = err instanceof UsageError || ((err as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS') ?? false);
        console.error(`${name}: ${err.message}`);
        if (isUsage) console.error(usage);
        else if (process.env['DEBUG']) console.error(err.stack);
        else console.error(`${name}: set DEBUG=1 to see where this happened.`);
        process.exitCode = isUsage ? 2 : 1;
      },
    );
}
