const months: readonly string[] = Object.freeze(
  'January February March April May June July August September October November December'.split(' '),
);
const weekdays: readonly string[] = Object.freeze('Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' '));

/** A calendar day, month 1–12. */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD`. */
export function isoDay({ year, month, day }: Day): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * A date line as news sites print them, in one of nine styles (style modulo 9),
 * with `time` giving the clock for the styles that show one. Every style names
 * the day unambiguously (no 03/04/2020).
 */
export function formatDate(date: Day, style: number, time: { readonly hour: number; readonly minute: number }): string {
  const { year, month, day } = date;
  const monthName = months[month - 1] as string;
  const short = monthName.slice(0, 3);
  const weekday = weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] as string;
  const hour12 = time.hour % 12 === 0 ? 12 : time.hour % 12;
  const ampm = time.hour < 12 ? 'AM' : 'PM';
  switch (((style % 9) + 9) % 9) {
    case 0:
      return `${day} ${monthName} ${year}`;
    case 1:
      return `${monthName} ${day}, ${year}`;
    case 2:
      return isoDay(date);
    case 3:
      return `Published ${hour12}:${pad(time.minute)} ${ampm} EST ${short} ${day}, ${year}`;
    case 4:
      return `Updated: ${day} ${short} ${year}, ${pad(time.hour)}:${pad(time.minute)}`;
    case 5:
      return `${weekday}, ${monthName} ${day}, ${year}`;
    case 6:
      return `${short} ${day}, ${year} | ${hour12}:${pad(time.minute)} ${ampm}`;
    case 7:
      return `Published on ${day} ${short} ${year} - ${pad(time.hour)}:${pad(time.minute)}`;
    default:
      return `Last updated ${weekday} ${day} ${monthName} ${year}`;
  }
}
