// "Where a country serves" as a map: one circle per mission at its host, its area proportional to the
// personnel there. d3 computes (projection, sqrt scale, centroids); MissionMap.tsx draws.
//
// Readable on a phone: the map is fitted to the missions' own extent (with a margin and a minimum
// span), not to the whole world, so Central Africa is not twenty pixels wide at 390 px. Every circle
// has a minimum radius, so a mission of 1 stays visible. Circles that overlap are pushed apart
// (deterministically, the small one moving more) and keep a leader line to their true position; labels
// are set beside their circle and moved down, out of each other's way.
import { geoCentroid, geoEqualEarth, geoPath, scaleSqrt, type GeoPermissibleObjects } from 'd3';
import type { Feature, FeatureCollection, Geometry, MultiPoint } from 'geojson';
import type { LonLat } from '../data/selectors/missionHosts.ts';
import { estimateTextWidth } from './textWidth.ts';

export interface MissionMarkInput {
  id: string;
  /** Short label drawn beside the circle (the acronym). */
  label: string;
  /** Personnel; the circle's area follows it. */
  value: number;
  position: LonLat;
}

export interface PlacedMark {
  id: string;
  label: string;
  value: number;
  /** The projected host position. */
  anchorX: number;
  anchorY: number;
  /** Where the circle is drawn (the anchor, unless nudged out of another circle's way). */
  x: number;
  y: number;
  r: number;
  isNudged: boolean;
  /** The host position lies outside the nudged circle: the marks draw a line to it. */
  isAnchorOutside: boolean;
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end' | 'middle';
  /** A line from the circle to its label when the label had to move away from the circle. */
  hasLabelLeader: boolean;
}

export interface MissionMapLayout {
  width: number;
  height: number;
  /** Land shapes as path strings (may be empty when no shapes were given). */
  land: string[];
  /** Largest first, so smaller circles are drawn on top and stay visible. */
  marks: PlacedMark[];
  /** The radius scale's maximum value and radius (for a legend). */
  legend: { value: number; r: number }[];
}

export interface MissionMapOptions {
  width: number;
  /** Height of the map (exports give the space they have); by default it follows the width. */
  height?: number;
  /** Smallest circle drawn, however few the personnel (px). */
  minRadius?: number;
  /** Largest circle (px); defaults to a share of the width. */
  maxRadius?: number;
  fontSize?: number;
}

export const MAP_FONT_SIZE = 11;
const MIN_SPAN_LON = 50;
const MIN_SPAN_LAT = 30;
const MARGIN_DEG = 8;
const GAP = 1.5;

/**
 * The joint centroid of host countries from map shapes (d3 geoCentroid of the hosts together, so a
 * mission across two countries stands between them). null when the shapes have none of the hosts.
 */
export function hostCentroid(
  shapes: readonly { iso3: string | null; feature: Feature<Geometry | null> }[],
): (iso3: readonly string[]) => LonLat | null {
  return (hosts) => {
    const features = shapes.filter((s) => s.iso3 !== null && hosts.includes(s.iso3)).map((s) => s.feature);
    if (features.length === 0) return null;
    const collection: FeatureCollection<Geometry | null> = { type: 'FeatureCollection', features };
    const [lon, lat] = geoCentroid(collection);
    return Number.isFinite(lon) && Number.isFinite(lat) ? [lon, lat] : null;
  };
}

function extentOf(marks: readonly MissionMarkInput[]): MultiPoint {
  const lons = marks.map((m) => m.position[0]);
  const lats = marks.map((m) => m.position[1]);
  let [west, east] = [Math.min(...lons) - MARGIN_DEG, Math.max(...lons) + MARGIN_DEG];
  let [south, north] = [Math.min(...lats) - MARGIN_DEG, Math.max(...lats) + MARGIN_DEG];
  if (east - west < MIN_SPAN_LON) {
    const mid = (east + west) / 2;
    [west, east] = [mid - MIN_SPAN_LON / 2, mid + MIN_SPAN_LON / 2];
  }
  if (north - south < MIN_SPAN_LAT) {
    const mid = (north + south) / 2;
    [south, north] = [mid - MIN_SPAN_LAT / 2, mid + MIN_SPAN_LAT / 2];
  }
  [west, east] = [Math.max(-180, west), Math.min(180, east)];
  [south, north] = [Math.max(-60, south), Math.min(85, north)];
  return {
    type: 'MultiPoint',
    coordinates: [
      [west, south],
      [west, north],
      [east, south],
      [east, north],
      [(west + east) / 2, south],
      [(west + east) / 2, north],
    ],
  };
}

/** Pushes overlapping circles apart; the smaller of two moves more. Deterministic: fixed order, fixed passes. */
function separate(marks: PlacedMark[], width: number, height: number): void {
  for (let pass = 0; pass < 200; pass++) {
    let isMoved = false;
    for (let i = 0; i < marks.length; i++) {
      for (let j = i + 1; j < marks.length; j++) {
        const a = marks[i];
        const b = marks[j];
        if (!a || !b) continue;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let distance = Math.hypot(dx, dy);
        const wanted = a.r + b.r + GAP;
        if (distance >= wanted - 1e-6) continue;
        if (distance < 1e-6) {
          // Same point: split along a direction fixed by the pair's order.
          const angle = ((i * 7 + j * 3) % 12) * (Math.PI / 6);
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          distance = 1;
        }
        const push = wanted - distance;
        const share = a.r / (a.r + b.r); // the share b moves: more when a is the larger
        b.x += (dx / distance) * push * share;
        b.y += (dy / distance) * push * share;
        a.x -= (dx / distance) * push * (1 - share);
        a.y -= (dy / distance) * push * (1 - share);
        isMoved = true;
      }
    }
    for (const m of marks) {
      m.x = Math.min(width - m.r, Math.max(m.r, m.x));
      m.y = Math.min(height - m.r, Math.max(m.r, m.y));
    }
    if (!isMoved) break;
  }
  for (const m of marks) {
    const moved = Math.hypot(m.x - m.anchorX, m.y - m.anchorY);
    m.isNudged = moved > 0.5;
    m.isAnchorOutside = moved > m.r;
  }
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

interface LabelCandidate {
  x: number;
  y: number;
  anchor: PlacedMark['labelAnchor'];
}

/**
 * Labels beside their circles: right, left, above or below, else a line at a time further down or up
 * on either side; the first place that overlaps no other label, no other circle and stays inside the
 * map wins. Larger missions choose first.
 */
function placeLabels(marks: PlacedMark[], width: number, height: number, fontSize: number): void {
  const lineHeight = fontSize + 2;
  const placed: Box[] = [];
  const boxOf = (c: LabelCandidate, textWidth: number): Box => {
    const x0 = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - textWidth : c.x - textWidth / 2;
    return { x0, x1: x0 + textWidth, y0: c.y - lineHeight / 2, y1: c.y + lineHeight / 2 };
  };
  const isFree = (box: Box, self: PlacedMark) =>
    box.x0 >= 0 &&
    box.x1 <= width &&
    box.y0 >= 0 &&
    box.y1 <= height &&
    !placed.some((b) => box.x0 < b.x1 && box.x1 > b.x0 && box.y0 < b.y1 && box.y1 > b.y0) &&
    !marks.some((c) => {
      if (c === self) return false;
      const nx = Math.max(box.x0, Math.min(c.x, box.x1));
      const ny = Math.max(box.y0, Math.min(c.y, box.y1));
      return Math.hypot(nx - c.x, ny - c.y) < c.r;
    });
  for (const m of marks) {
    const textWidth = estimateTextWidth(m.label, fontSize);
    const right = m.x + m.r + 3;
    const left = m.x - m.r - 3;
    const candidates: LabelCandidate[] = [
      { x: right, y: m.y, anchor: 'start' },
      { x: left, y: m.y, anchor: 'end' },
      { x: m.x, y: m.y - m.r - lineHeight / 2 - 1, anchor: 'middle' },
      { x: m.x, y: m.y + m.r + lineHeight / 2 + 1, anchor: 'middle' },
    ];
    for (let step = 1; step <= 12; step++) {
      for (const sign of [1, -1]) {
        const y = m.y + sign * step * lineHeight;
        candidates.push({ x: right, y, anchor: 'start' }, { x: left, y, anchor: 'end' });
      }
    }
    const chosen = candidates.find((c) => isFree(boxOf(c, textWidth), m)) ?? candidates[0];
    if (!chosen) continue;
    placed.push(boxOf(chosen, textWidth));
    m.labelX = chosen.x;
    m.labelY = chosen.y;
    m.labelAnchor = chosen.anchor;
    m.hasLabelLeader = chosen.anchor !== 'middle' && Math.abs(chosen.y - m.y) > m.r;
  }
}

export function missionMapLayout(
  input: readonly MissionMarkInput[],
  land: readonly Feature<Geometry | null>[],
  options: MissionMapOptions,
): MissionMapLayout {
  const width = Math.max(1, Math.round(options.width));
  const height = Math.max(
    1,
    Math.round(options.height ?? Math.min(520, Math.max(220, Math.round(width * 0.62)))),
  );
  const fontSize = options.fontSize ?? MAP_FONT_SIZE;
  const marksIn = input.filter((m) => m.value > 0 && m.position.every(Number.isFinite));
  if (marksIn.length === 0) return { width, height, land: [], marks: [], legend: [] };
  const maxRadius = options.maxRadius ?? Math.max(12, Math.min(36, width / 18));
  const minRadius = options.minRadius ?? 3.5;
  const pad = maxRadius / 2 + 4;
  const projection = geoEqualEarth().fitExtent(
    [
      [pad, pad],
      [width - pad, height - pad],
    ],
    extentOf(marksIn),
  );
  // Land outside the box is cut off rather than drawn off-screen: shorter paths, same picture.
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection).digits(1);
  const maxValue = Math.max(...marksIn.map((m) => m.value));
  const radius = scaleSqrt().domain([0, maxValue]).range([0, maxRadius]);
  const marks: PlacedMark[] = marksIn
    .map((m) => {
      const [x, y] = projection([m.position[0], m.position[1]]) ?? [width / 2, height / 2];
      return {
        id: m.id,
        label: m.label,
        value: m.value,
        anchorX: x,
        anchorY: y,
        x,
        y,
        r: Math.max(minRadius, radius(m.value)),
        isNudged: false,
        isAnchorOutside: false,
        labelX: x,
        labelY: y,
        labelAnchor: 'start' as const,
        hasLabelLeader: false,
      };
    })
    .sort((a, b) => b.value - a.value || a.id.localeCompare(b.id));
  separate(marks, width, height);
  placeLabels(marks, width, height, fontSize);
  const legendValues = [...new Set([maxValue, niceHalf(maxValue / 4)])].filter((v) => v > 0);
  return {
    width,
    height,
    land: land.map((f) => path(f as GeoPermissibleObjects) ?? '').filter((d) => d !== ''),
    marks,
    legend: legendValues.map((value) => ({ value, r: Math.max(minRadius, radius(value)) })),
  };
}

/** A round number near `v` for the legend (1, 2 or 5 times a power of ten). */
function niceHalf(v: number): number {
  if (v <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(v));
  const base = v / power;
  return (base >= 5 ? 5 : base >= 2 ? 2 : 1) * power;
}
