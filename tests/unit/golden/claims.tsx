// Golden picture of the claims view's evidence chart.
import { EvidenceSvg } from '../../../src/features/claims/EvidenceChart.tsx';
import type { EvidenceChart } from '../../../src/features/claims/claimsModel.ts';
import { monthEnds } from '../claims/fixtures.ts';
import type { Golden } from './golden.ts';

/** Six months from November 2021 with two months without a value. */
export const evidenceMonths = monthEnds('2021-11', 6);
export const evidenceValues = [8, 7, null, null, 7, 9];

export const claimsGoldens: Golden[] = [
  {
    name: 'evidence-chart',
    about: 'two line runs, a gap band and the dashed reference',
    render: () => {
      const chart: EvidenceChart = {
        id: 'claim-test',
        title: 'Operations by month',
        months: evidenceMonths,
        series: [{ id: 'ops', label: 'Bhutan', values: evidenceValues }],
        reference: { label: 'Seven, as quoted', value: 7 },
        yAxisTitle: 'Operations',
        source: 'Test source.',
      };
      return <EvidenceSvg chart={chart} values={evidenceValues} description="Test description." />;
    },
  },
];
