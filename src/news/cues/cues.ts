import type { Cue } from "./cue.js";
import { ACTION_CUES } from "./actions.js";
import { ATTENDANCE_CUES } from "./attendance.js";

export type { Cue, CueKind } from "./cue.js";

/**
 * The general cue lists: attendance, absence, and actions done to or by a company (regulatory
 * actions, index changes, results, launches, executive departures, listings). They are kept general
 * on purpose (the evaluation measures unseen articles): a cue names a kind of event, never a company.
 */
export const CUES: readonly Cue[] = [...ATTENDANCE_CUES, ...ACTION_CUES];
