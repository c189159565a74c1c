const months = Object.freeze([
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
]);

/**
 * A partial date as a person reads it: `2020-03-19` → "19 March 2020", `2020-03` → "March 2020",
 * `2020` → "2020", null → "Undated".
 */
export function formatDate(date: string | null): string {
  if (date === null) return 'Undated';
  const [year, month, day] = date.split('-');
  const monthName = month === undefined ? undefined : months[Number(month) - 1];
  if (monthName === undefined) return year ?? date;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}
