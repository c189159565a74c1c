/** Shortest derived title before a cut at a word boundary. */
const minCut = 80;
/** Longest derived title: a first sentence longer than this is cut. */
const maxLength = 140;
/** A first sentence shorter than this ("Augue.") says too little to be a title. */
const minSentence = 20;
const sentenceEnd = /[.!?…](?:["'”’»)\]]*)(?=\s+["'“‘«(\[]?\p{Lu}|$)/gu;

/**
 * A title made from the lead paragraph when the page has no headline: its whole first sentence
 * when that is 20 to 140 characters, else the text cut at the first word boundary after 80 characters.
 */
export function deriveTitle(lead: string): string {
  const text = lead.replace(/\s+/gu, ' ').trim();
  sentenceEnd.lastIndex = 0;
  const end = sentenceEnd.exec(text);
  const sentence = end ? text.slice(0, end.index + end[0].length) : text;
  if (sentence.length >= minSentence && sentence.length <= maxLength) return sentence.replace(/[.]+$/u, '');
  const space = text.indexOf(' ', minCut);
  return (space === -1 ? text : text.slice(0, space)).replace(/[\s,;:–—-]+$/u, '').replace(/[.]+$/u, '');
}
