import { format } from 'd3';

const countFormat = format(',');
const percentFormat = format('.1%');

export const formatCount = (n: number): string => countFormat(n);
export const formatPercent = (share: number): string => percentFormat(share);
