/**
 * The patterns of the article contract, in one place and free of zod so that any module (the
 * browser's included) can use them. `schema.ts` checks records with them.
 */

/**
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: a calendar date written to the precision the text gives,
 * month 01–12 and day 01–31 (whether the day exists in that month is for the caller to check).
 * Groups: year, then month and day when given.
 */
export const partialDatePattern = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A page address: lowercase ASCII words (letters and digits) joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
