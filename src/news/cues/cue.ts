import type { CompanyRole } from "../eventDocument.js";

/** Where the companies a cue speaks of stand: before it (subject), after it (object), or either. */
export type CueSide = "before" | "after" | "both";

/**
 * What a target cue tells: an action done to the company by someone else (a fine, a ban, an index
 * change), something the company does itself (a launch, results, a departure), or an earlier action
 * named as a noun ("the lawsuit against X"), which is the event only when the clause ties it to now.
 * A `weak` attendance cue ("presented", "joined", "spoke at") means attendance only in an article
 * about a meeting. `frame`: no cue, the role the article's frame gives a company its headline or lead names.
 */
export type CueKind = "done-to" | "own" | "noun" | "weak" | "frame";

/** A phrase that gives the companies on one side of it a role. */
export interface Cue {
  readonly role: Exclude<CompanyRole, "mentioned">;
  readonly side: CueSide;
  readonly re: RegExp;
  readonly kind?: CueKind;
  /** How far after the cue, in characters, its company may stand (for nouns whose object comes at once). */
  readonly reach?: number;
}

export const cue = (role: Cue["role"], side: CueSide, source: string, kind?: CueKind): Cue => ({ role, side, re: new RegExp(source, "gi"), ...(kind ? { kind } : {}) });
