import { countryListParam, countryParam, enumParam } from '../../state/params.ts';
import type { ViewSpec } from '../../state/viewState.ts';
import type { PersonnelScope } from '../../data/selectors/fatalityBreakdowns.ts';

export interface FatalitiesView {
  country: string;
  /** Uniformed personnel only (military, police, military observers) or everyone incl. civilian staff. */
  personnel: PersonnelScope;
  /** Countries the rate is compared with; empty = the largest other contributors, chosen from the data. */
  peers: string[];
}

export const PERSONNEL_SCOPES: readonly PersonnelScope[] = ['uniformed', 'all'];
export const MAX_PEERS = 6;

const peersCodec = countryListParam(MAX_PEERS);

export const fatalitiesSpec: ViewSpec<FatalitiesView> = {
  country: { codec: countryParam(), fallback: () => 'BGD', label: 'country' },
  personnel: {
    codec: enumParam(PERSONNEL_SCOPES, 'personnel choice'),
    fallback: () => 'uniformed',
    label: 'personnel choice',
  },
  peers: { codec: peersCodec, fallback: () => [], label: 'comparison countries' },
};
