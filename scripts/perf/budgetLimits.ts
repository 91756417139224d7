/** gzip bytes of JavaScript a cold first load of any route may fetch. */
export const JS_BUDGET = 150_000;
/** gzip bytes of data a route may fetch before its first chart is on screen. */
export const DATA_BUDGET = 100_000;
