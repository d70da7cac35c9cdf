/** The advice's choices, beside the code that follows them (the scoring model's own are in scoring/constants.ts). */

/** How many certifications the greedy set holds at most. */
export const MAX_RECOMMENDED_CERTIFICATIONS = 4;
/** How many gaps the development plan covers, spread evenly over 30 / 60 / 90 days. */
export const PLAN_ITEMS = 9;
