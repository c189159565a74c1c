export { normalize } from './normalize';
export type { NormalizeResult, NormalizedSeed, RejectedSeed, SeedInput } from './types';
