import { memo, useId, useMemo } from 'react';
import { ChartSvg } from '../../../charts/ChartSvg.tsx';
import { useElementWidth } from '../../../charts/useElementWidth.ts';
import { formatValue } from '../../../charts/valueFormat.ts';
import { mapLayout, SMALL_STATE_AREA } from './mapLayout.ts';
import { classifyShapes, type ClassifiedShape, type MapValue } from './mapModel.ts';
import type { WorldShape } from '../../../charts/worldShapes.ts';

export interface WorldMapChartProps {
  title: string;
  description: string;
  shapes: readonly WorldShape[];
  values: ReadonlyMap<string, MapValue>;
  /** What a country absent from `values` is (none deployed in a month with a report). */
  fallback: MapValue;
  highlightedIds?: readonly string[];
  width?: number;
  /** The most height the map may take (exports): it is drawn narrower than `width` when it would be taller. */
  maxHeight?: number;
}

const NO_IDS: readonly string[] = [];

export function shapeLabel(shape: ClassifiedShape): string {
  const v = shape.value;
  if (v.kind === 'value')
    return `${shape.name}: ${formatValue('perMillion', v.perMillion)} (${formatValue('number', v.personnel)} personnel)`;
  if (v.kind === 'none') return `${shape.name}: none deployed`;
  return `${shape.name}: no data (${v.reason})`;
}

/** Choropleth of personnel per million people; one <path> per country shape. */
export function WorldMapChart({
  title,
  description,
  shapes,
  values,
  fallback,
  highlightedIds = NO_IDS,
  width: fixedWidth,
  maxHeight,
}: WorldMapChartProps) {
  const [containerRef, measuredWidth] = useElementWidth();
  const width = fixedWidth ?? measuredWidth;
  const layout = useMemo(() => {
    const features = shapes.map((s) => s.feature);
    const wide = mapLayout(features, width);
    // The projection keeps its proportions: a map too tall for the space is drawn narrower.
    return maxHeight === undefined || wide.height <= maxHeight
      ? wide
      : mapLayout(features, Math.floor((width * maxHeight) / wide.height));
  }, [shapes, width, maxHeight]);
  const classified = useMemo(() => classifyShapes(shapes, values, fallback), [shapes, values, fallback]);
  return (
    <div className="bh-chart" ref={containerRef}>
      <ChartSvg width={layout.width} height={layout.height} title={title} description={description}>
        <MapMarks
          shapes={classified}
          paths={layout.paths}
          markers={smallStateMarkers(classified, layout.areas, layout.centroids, highlightedIds)}
          highlightedIds={highlightedIds}
        />
      </ChartSvg>
    </div>
  );
}

export interface SmallStateMarker {
  index: number;
  x: number;
  y: number;
  isHighlighted: boolean;
}

/**
 * Markers for states too small to see at this size (Bhutan, Rwanda, Fiji are specks on a world map):
 * every small state with personnel deployed, and every small highlighted one, gets a dot in its colour
 * at its centroid; the highlighted ones a larger, outlined dot.
 */
export function smallStateMarkers(
  shapes: readonly ClassifiedShape[],
  areas: readonly number[],
  centroids: readonly (readonly [number, number])[],
  highlightedIds: readonly string[],
): SmallStateMarker[] {
  return shapes.flatMap((shape, index) => {
    const [x, y] = centroids[index] ?? [NaN, NaN];
    const isHighlighted = isOn(shape, highlightedIds);
    const isSmall = (areas[index] ?? 0) < SMALL_STATE_AREA;
    if (!isSmall || !Number.isFinite(x) || !Number.isFinite(y)) return [];
    if (!isHighlighted && shape.value.kind !== 'value') return [];
    return [{ index, x, y, isHighlighted }];
  });
}

const MapMarks = memo(function MapMarks({
  shapes,
  paths,
  markers,
  highlightedIds,
}: {
  shapes: readonly ClassifiedShape[];
  paths: readonly string[];
  markers: readonly SmallStateMarker[];
  highlightedIds: readonly string[];
}) {
  const patternId = useId();
  const order = shapes.map((_, i) => i);
  // Highlighted countries last, so their outline is drawn on top of their neighbours'.
  order.sort(
    (a, b) => Number(isOn(shapes[a], highlightedIds)) - Number(isOn(shapes[b], highlightedIds)) || a - b,
  );
  return (
    <g className="bh-map">
      <defs>
        <pattern
          id={patternId}
          width={5}
          height={5}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width={5} height={5} fill="var(--bh-map-none, #f4f4f2)" />
          <line y2={5} stroke="var(--bh-muted, #5f6368)" strokeWidth={1.2} />
        </pattern>
      </defs>
      {order.map((i) => {
        const shape = shapes[i];
        if (!shape) return null;
        const isHighlighted = isOn(shape, highlightedIds);
        const label = shapeLabel(shape);
        return (
          <path
            key={`${shape.iso3 ?? shape.name}-${i}`}
            className={isHighlighted ? 'bh-map-country bh-map-country--highlighted' : 'bh-map-country'}
            d={paths[i] ?? ''}
            fill={shape.cls.isHatched ? `url(#${patternId})` : shape.cls.fill}
            stroke={isHighlighted ? 'var(--bh-fg, #1a1a1a)' : 'var(--bh-bg, #ffffff)'}
            strokeWidth={isHighlighted ? 1.6 : 0.5}
            strokeLinejoin="round"
            data-iso3={shape.iso3 ?? undefined}
            data-class={shape.cls.id}
            aria-label={label}
          >
            <title>{label}</title>
          </path>
        );
      })}
      <g className="bh-map-markers">
        {[...markers]
          .sort((a, b) => Number(a.isHighlighted) - Number(b.isHighlighted))
          .map((m) => {
            const shape = shapes[m.index];
            if (!shape) return null;
            return (
              <circle
                key={`marker-${m.index}`}
                className={m.isHighlighted ? 'bh-map-marker bh-map-marker--highlighted' : 'bh-map-marker'}
                cx={m.x}
                cy={m.y}
                r={m.isHighlighted ? 4.5 : 3}
                fill={shape.cls.isHatched ? 'var(--bh-map-none, #f4f4f2)' : shape.cls.fill}
                stroke={m.isHighlighted ? 'var(--bh-fg, #1a1a1a)' : 'var(--bh-muted, #5f6368)'}
                strokeWidth={m.isHighlighted ? 1.6 : 0.8}
                aria-hidden="true"
              />
            );
          })}
      </g>
    </g>
  );
});

function isOn(shape: ClassifiedShape | undefined, ids: readonly string[]): boolean {
  return shape?.iso3 !== null && shape?.iso3 !== undefined && ids.includes(shape.iso3);
}
