/**
 * Short stopword lists for the languages news pages are most often written in.
 * Prose is dense in stopwords; navigation, credits and teasers are not (jusText's main signal).
 */
const lists: Record<string, string> = {
  en: 'a about after all also an and any are as at be because been before being but by can could did do does for from had has have he her his how i if in into is it its just more most my no not of on one only or other our out over said she so some than that the their them then there these they this to up was we were what when where which while who will with would you your',
  es: 'a al como con de del el ella en entre es esta este fue ha hay la las le lo los más no o para pero por que se sin sobre son su sus también un una y ya',
  pt: 'a ao aos as com como da das de do dos e ela ele em entre era essa esse está foi há isso já mais mas na nas no nos o os ou para pela pelo por que se sem ser seu sua são também um uma é',
  fr: 'au aux avec ce ces dans de des du elle en est et il ils la le les leur mais ne nous on ou par pas plus pour qui que sa se ses son sont sur un une été',
  de: 'aber als am an auch auf aus bei das dass dem den der des die ein eine einem einen einer es für hat ich im in ist mit nach nicht noch oder sich sie sind so um und von vor war wie wird zu zum zur über',
  it: 'a ad al alla anche che chi con da dal dei del della di e è gli ha i il in la le lo ma nel nella non per più se si sono su tra un una',
  nl: 'aan als bij dat de die dit door een en er het in is met naar niet of om ook op te van voor was wat worden zijn',
  id: 'ada adalah agar akan antara atau bahwa banyak belum bisa bukan dalam dan dari dengan dgn di dia harus hanya ia ini itu jadi jika juga kalau kami karena ke kita lagi lebih maka masih mereka namun oleh orang pada para pun saat saja sangat saya sebagai sejak seperti setelah sudah tapi telah tersebut tetapi tidak untuk yaitu yang yg',
  ru: 'а без бы в во вы да для до его ее если же за и из или к как когда ли на не но о об от по при с со так также то только что это я',
};

/** Every listed stopword, all languages together: a page's language need not be known. */
export const stopwords: ReadonlySet<string> = new Set(Object.values(lists).flatMap((l) => l.split(' ')));

const word = /[\p{L}\p{N}'’]+/gu;

/** Words of a line, lowercased; `lower` is the line lowercased, where the caller has it already. */
export function wordsOf(text: string, lower: string = text.toLowerCase()): string[] {
  return lower.match(word) ?? [];
}

/** Share of a line's words that are stopwords (0 for a line without words). */
export function stopwordDensity(words: readonly string[]): number {
  if (words.length === 0) return 0;
  let n = 0;
  for (const w of words) if (stopwords.has(w)) n++;
  return n / words.length;
}
