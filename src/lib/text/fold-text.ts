/**
 * A text as word counts compare it: NFKC-normalized (so typographic variants such as ligatures and
 * full-width letters are the plain ones), then lowercased. Plain ASCII is its own NFKC form, so
 * only the lowercasing is done for it; the result is the same.
 */
export function foldText(text: string): string {
  return (nonAscii.test(text) ? text.normalize('NFKC') : text).toLowerCase();
}

const nonAscii = /[^\x00-\x7f]/u;
