// Shares of women among all uniformed personnel that the UN itself has published (not targets); their
// source is TARGET_SOURCES['un-reported-share'] in genderParityTargets.ts. Kept apart from the targets
// because the first chart of the women view quotes them, and the targets' table is not needed that early.
export const UN_REPORTED_SHARES: readonly {
  period: string;
  label: string;
  value: number;
  sourceId: string;
}[] = [
  { period: '2018', label: '2018', value: 0.049, sourceId: 'un-reported-share' },
  { period: '2025-06', label: 'June 2025', value: 0.101, sourceId: 'un-reported-share' },
];
