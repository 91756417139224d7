// What the missions page needs beyond the shared selectors: the months it can show.

/** Months the contributors view can show: mission detail and anyone in the mission. */
export function monthsWithContributors(total: readonly (number | null)[]): boolean[] {
  return total.map((v) => v !== null && v > 0);
}
