import { format } from 'd3';

const countFormat = format(',');
const percentFormat = format('.1%');

export const formatCount = (n: number): string => countFormat(n);
export const formatPercent = (share: number): string => percentFormat(share);

/**
 * A number as en-US text ("7,237"; "267.039"), the same as n.toLocaleString('en-US'), from one shared
 * formatter instead of eight local helpers that each called toLocaleString.
 */
const EN_US_NUMBER = new Intl.NumberFormat('en-US');
export const formatNumber = (n: number): string => EN_US_NUMBER.format(n);
