import type { ViewSpec } from '../../state/viewState.ts';

/** The claims page has no controls: every claim is always shown. Unknown parameters are reported. */
export type ClaimsView = Record<never, never>;

export const claimsSpec: ViewSpec<ClaimsView> = {};
