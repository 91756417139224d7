// What LineChart draws over its lines only for some views — stepped reference lines (targets) and
// numbered event markers — kept out of LineChart's own module so that a plain line chart (the first
// chart of /women, whose first load has no room to spare) does not load them. MarkedLineChart passes
// these to LineChart; a LineChart given references or markers without them draws neither.
import type { ReactNode } from 'react';
import type { ChartMarker } from './chartMarker.ts';
import { placeMarkers } from './markedLineLayout.ts';
import { MarkerMarks } from './MarkerMarks.tsx';
import { referenceMarks, referenceValues } from './referenceMarks.ts';
import type { ReferenceSeries } from './referenceStepModel.ts';
import { ReferenceLines } from './ReferenceLines.tsx';
import type { IndexRange } from './timeSeriesModel.ts';

type Scale = (value: number) => number;

export interface LineOverlays {
  /** Reference values inside the range, for the value domain. */
  referenceValues: typeof referenceValues;
  drawReferences: (args: {
    references: readonly ReferenceSeries[];
    months: readonly string[];
    range: IndexRange;
    x: Scale;
    y: Scale;
    plotWidth: number;
    plotHeight: number;
    /** The data's points, which a reference's label keeps clear of. */
    obstacles: readonly { x: number; y: number }[];
  }) => ReactNode;
  drawMarkers: (args: {
    markers: readonly (ChartMarker & { index: number })[];
    range: IndexRange;
    x: Scale;
    plotWidth: number;
    plotHeight: number;
    markerY: number;
  }) => ReactNode;
}

export const LINE_OVERLAYS: LineOverlays = {
  referenceValues,
  drawReferences: ({ references, months, range, x, y, plotWidth, plotHeight, obstacles }) => (
    <ReferenceLines
      lines={referenceMarks(references, months, range, x, y, plotWidth, obstacles, 11, plotHeight)}
    />
  ),
  drawMarkers: ({ markers, range, x, plotWidth, plotHeight, markerY }) => (
    <MarkerMarks
      markers={markers}
      placed={placeMarkers(markers, range, x, plotWidth)}
      y={markerY}
      plotHeight={plotHeight}
    />
  ),
};
