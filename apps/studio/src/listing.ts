/** How much of a long paper's findings the findings panel lists (the counts always cover all). */

/** A paper with more findings than this lists them in two frames when opened. */
export const FIRST_LISTED_FINDINGS = 60;
/** Clause groups listed in the first frame. */
export const FIRST_LISTED_GROUPS = 20;
/**
 * Clause groups listed after that, and added per page as the list's end scrolls near. Listing
 * every one of a 5,000-clause paper's ~2,800 findings made each settled lint re-render them all:
 * frames of 260-500 ms whenever typing paused (bench/RESULTS.md).
 */
export const LISTED_GROUPS_PAGE = 100;
