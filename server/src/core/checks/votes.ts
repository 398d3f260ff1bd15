// How the checks that compare sources count them: one vote per article for each date it gives,
// the most common date first; and how many of the other mentions a finding points at.

/** Related locations shown with one finding; beyond this the message's counts tell the rest. */
export const MAX_RELATED = 24;

/**
 * Dates with the voters giving each, most voters first; ties go to `preferred` (an event card's
 * date), then to the earlier date.
 */
export function rankVotes(votes: ReadonlyMap<string, Set<string>>, preferred?: string): Array<[string, Set<string>]> {
  return [...votes.entries()].sort((a, b) => b[1].size - a[1].size || (a[0] === preferred ? -1 : b[0] === preferred ? 1 : a[0] < b[0] ? -1 : 1));
}
