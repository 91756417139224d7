import { countryParam } from '../../state/params.ts';
import type { ViewSpec } from '../../state/viewState.ts';

export interface OverviewView {
  country: string;
}

export const overviewSpec: ViewSpec<OverviewView> = {
  country: { codec: countryParam(), fallback: () => 'BGD', label: 'country' },
};
