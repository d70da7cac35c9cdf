/**
 * The scoring model's choices, in one place so the About page, the README and the engine cannot disagree.
 * Core competencies are the level's key focus areas: they weigh twice a supporting one.
 */
export const CORE_WEIGHT = 2;
export const SUPPORTING_WEIGHT = 1;
/** A level is ready at this readiness or above… */
export const READY_THRESHOLD = 0.85;
/** …and with no core gap this large or larger. */
export const CORE_GAP_LIMIT = 1.0;
/** "Nearly ready": not ready, but at this readiness or above… */
export const NEARLY_THRESHOLD = 0.75;
/** …with at most this many core gaps of CORE_GAP_LIMIT or more: one or two focused moves away. */
export const NEARLY_CORE_GAPS = 1;
/** How many gaps the headline names: the ones that matter most. */
export const HEADLINE_GAPS = 3;
/** |self − evidence| at or above this flags possible over- or under-confidence. */
export const CALIBRATION_FLAG = 1.5;
/** Below this share of questions answered, a competency score is low-confidence. */
export const LOW_COVERAGE = 0.5;
/** Below this share of the level's target weight scored, readiness is not claimed. */
export const MIN_READINESS_COVERAGE = 0.5;
