/** Shortest derived title before a cut at a word boundary. */
const minCut = 80;
/** Longest derived title: a first sentence longer than this is cut. */
const maxLength = 140;
/** A first sentence shorter than this ("Augue.") says too little to be a title. */
const minSentence = 20;
/** Shortest first clause worth a title: a cut before this ("In Idlib,") says too little. */
const minClause = 40;
const sentenceEnd = /[.!?…](?:["'”’»)\]]*)(?=\s+["'“‘«(\[]?\p{Lu}|$)/gu;
/**
 * Where a clause may end inside a sentence: after a comma, semicolon, colon or dash, or before a
 * conjunction that opens a clause ("… in Syria and announced …"). Each match ends where the cut goes.
 */
const clauseBreak =
  /(?<=\S)(?:[,;:](?=\s)|\s[–—](?=\s)|(?=\s(?:and|but|or|as|while|which|who|after|before|because|since|when|where|although|though|amid|despite|following)\s))/gu;

/**
 * A title made from the lead paragraph when the page has no headline: its whole first sentence
 * when that is 20 to 140 characters; a longer one is cut at a clause boundary (a comma, semicolon,
 * colon or dash, or before a conjunction; see `clauseEnd`). With no such boundary, or a first
 * sentence under 20 characters, the text is cut at the first word boundary after 80 characters.
 */
export function deriveTitle(lead: string): string {
  const text = lead.replace(/\s+/gu, ' ').trim();
  sentenceEnd.lastIndex = 0;
  const end = sentenceEnd.exec(text);
  const sentence = end ? text.slice(0, end.index + end[0].length) : text;
  if (sentence.length >= minSentence && sentence.length <= maxLength) return sentence.replace(/[.]+$/u, '');
  const clause = sentence.length > maxLength ? clauseEnd(sentence) : null;
  if (clause !== null) return tidy(text.slice(0, clause));
  const space = text.indexOf(' ', minCut);
  return tidy(space === -1 ? text : text.slice(0, space));
}

/**
 * Where to cut a long sentence: the first clause boundary from 80 to 140 characters in (a later one
 * may close an aside: "… a million people, most of them women"), else the last from 40 to 80; or null.
 */
function clauseEnd(sentence: string): number | null {
  let early: number | null = null;
  for (const { index } of sentence.matchAll(clauseBreak)) {
    if (index > maxLength) break;
    if (index >= minCut) return index;
    if (index >= minClause) early = index;
  }
  return early;
}

/** No dangling punctuation or full stop at the end of a cut. */
function tidy(cut: string): string {
  return cut.replace(/[\s,;:–—-]+$/u, '').replace(/[.]+$/u, '');
}
