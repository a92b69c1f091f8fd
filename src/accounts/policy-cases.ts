import type { Actor } from './actor.js';
import type { Role } from './roles.js';

/** One situation of an action, and which roles may perform it there (the others may not). */
export interface PolicyCase<Action extends string = string> {
  action: Action;
  situation: string;
  /** What the rule is asked about; omitted for actions whose rule takes none. */
  resource?: unknown;
  allowed: readonly Role[];
}

/** An area's table of expected decisions: its cases and the actor each role stands for. */
export interface PolicyTable {
  area: string;
  /** A user holding the role (the situations describe resources relative to this user). */
  actorFor(role: Role): Actor;
  cases: readonly PolicyCase[];
}
