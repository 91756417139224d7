// Every view's golden fixtures, keyed by the folder of its golden files (__golden__/<view>/). A new
// view's pictures: one line here; a new chart's picture: one entry in its view's list.
import { chartsGoldens } from './charts.tsx';
import { claimsGoldens } from './claims.tsx';
import { compareGoldens } from './compare.tsx';
import { deploymentsGoldens } from './deployments.tsx';
import { fatalitiesGoldens } from './fatalities.tsx';
import type { Golden } from './golden.ts';
import { missionsGoldens } from './missions.tsx';
import { womenGoldens } from './women.tsx';

export const goldenViews: Record<string, readonly Golden[]> = {
  charts: chartsGoldens,
  deployments: deploymentsGoldens,
  women: womenGoldens,
  fatalities: fatalitiesGoldens,
  claims: claimsGoldens,
  compare: compareGoldens,
  missions: missionsGoldens,
};
