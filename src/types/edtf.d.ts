/** The part of edtf's API this project uses (the package ships no types). */
declare module 'edtf' {
  interface ExtendedDate {
    /** The value as an EDTF string. */
    readonly edtf: string;
    readonly type: string;
    /** Earliest and latest instants covered, in ms since the epoch (±Infinity when open). */
    readonly min: number;
    readonly max: number;
    /** An interval's start: a date with its precision (1 year, 2 month, 3 day). */
    readonly lower?: ExtendedDate & { readonly precision: number; readonly values: readonly number[] };
  }
  /** Parse an EDTF string; throws on one that is not valid. */
  export default function edtf(value: string): ExtendedDate;
}
