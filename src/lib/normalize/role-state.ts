import type { RemovalReason, SourceLine } from '../article/schema.ts';
import type { LineFacts } from './describe-lines.ts';
import type { LineMeasure } from './line-features.ts';
import type { PageLines } from './read-lines.ts';
import type { ModelRole, RoleModel } from './role-model.ts';

type Role = SourceLine['role'];

/** What is decided about each unit on the way. */
export interface Decision {
  role: Role | null;
  reason?: RemovalReason;
}

/** A role's candidates and their features, for the training that watches the roles being chosen. */
export type RoleObserver = (role: ModelRole, candidates: readonly number[], rows: readonly (readonly number[])[]) => void;

/** The shared state of one page while its roles are assigned. */
export interface RoleState {
  readonly lines: PageLines;
  readonly facts: LineFacts;
  readonly decisions: Decision[];
  readonly measure: LineMeasure;
  readonly model: RoleModel;
  readonly observe: RoleObserver | undefined;
}

/** A line that dates or signs the article: "Published …", "Updated …", "5 hours ago". */
export const stamp = /^(?:published|updated|posted|last updated)\b|^\d+\s*min(?:ute)?s?(?:\s+read)?$|\b(?:published|updated|posted)\s*:?\s*(?:on\s+)?\d|\d+\s+(?:min(?:ute)?s?|hours?|days?|weeks?)\s+ago\b|\|\s*(?:published|updated)\b/iu;

/** Remove a line not yet decided, with its reason. */
export function remove(decisions: Decision[], i: number, reason: RemovalReason): void {
  const d = decisions[i];
  if (d && d.role === null) {
    d.role = 'removed';
    d.reason = reason;
  }
}

/** Give a line not yet decided its role. */
export function mark(decisions: Decision[], i: number, role: Role): void {
  const d = decisions[i];
  if (d && d.role === null) d.role = role;
}
