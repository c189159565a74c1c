export { normalize } from './normalize.ts';
export type { NormalizeResult, NormalizedSeed, RejectedSeed, SeedInput } from './types.ts';
