import type { ChoiceWeights } from './model/choose.ts';
import type { Vocabulary } from './line-features.ts';
import fitted from './model/roles.json' with { type: 'json' };

/**
 * The roles the model chooses one line for (`start`: the body's first paragraph), in the order they
 * are fitted. The normalizer chooses the date and byline first, then the headline beside them.
 */
export const modelRoles = ['title', 'date', 'byline', 'start'] as const;
export type ModelRole = (typeof modelRoles)[number];

/** The role model as `npm run train` writes it to `model/roles.json`. */
export interface RoleModel {
  /** The feature names the weights were fitted on, in order (checked against `featureNames`). */
  readonly features: readonly string[];
  /** Each word's log-odds of standing in page furniture rather than in an article's text. */
  readonly vocabulary: Vocabulary;
  /** The weights of each role; a role without weights is decided by the hand rules alone. */
  readonly roles: Partial<Record<ModelRole, ChoiceWeights>>;
}

/** The committed model, fitted on both corpora. */
export const defaultRoleModel: RoleModel = fitted as RoleModel;
