import * as v from 'valibot';

/**
 * A fetched index file's JSON checked against its schema (`types.ts`), typed. Throws when it does
 * not fit, naming the file's URL, where it went wrong and what was found: a file from another
 * build or version of the site, or one cut short, fails here rather than as a wrong result later.
 */
export function parseIndexFile<T>(schema: v.GenericSchema<unknown, T>, json: unknown, url: string): T {
  const result = v.safeParse(schema, json);
  if (result.success) return result.output;
  const [issue] = result.issues;
  const path = issue ? v.getDotPath(issue) : null;
  const at = path === null || path === '' ? '' : `at ${path}: `;
  throw new Error(`Search: ${url} is not the index file this page expects (${at}${issue?.message ?? 'invalid'}). Rebuild the site (npm run build) and reload the page.`);
}
