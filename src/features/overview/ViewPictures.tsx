// A small picture of each view for the overview's introductions: the kind of chart the view opens on,
// drawn as a sketch (no data: the figures are on the view itself), in the series colours the charts use.
// Decorative: the link around it names the view.
import type { ReactNode } from 'react';
import { seriesColor, themeColor } from '../../charts/palette.ts';

const W = 120;
const H = 60;
const c = seriesColor;

const PICTURES: Record<string, ReactNode> = {
  deployments: (
    <>
      <path d="M4 56 L24 48 L44 40 L64 30 L84 26 L104 18 L116 16 L116 56 Z" fill={c(0)} />
      <path d="M4 56 L24 52 L44 48 L64 44 L84 42 L104 38 L116 36 L116 56 Z" fill={c(2)} />
      <path d="M4 56 L24 55 L44 54 L64 52 L84 51 L104 50 L116 50 L116 56 Z" fill={c(3)} />
    </>
  ),
  missions: (
    <>
      {[44, 34, 26, 16].map((w, i) => (
        <g key={i}>
          <rect x={4} y={6 + i * 13} width={w * 2} height={8} fill={c(0)} />
          <rect x={4 + w * 2} y={6 + i * 13} width={w / 2} height={8} fill={c(3)} />
          <rect x={4} y={15 + i * 13} width={w / 3} height={2} fill={themeColor.fg} />
        </g>
      ))}
    </>
  ),
  women: (
    <>
      <line x1={4} x2={116} y1={14} y2={14} stroke={themeColor.muted} strokeDasharray="4 3" />
      <path d="M4 52 L24 50 L44 46 L64 40 L84 34 L104 30 L116 27" fill="none" stroke={c(3)} strokeWidth={3} />
    </>
  ),
  fatalities: (
    <>
      {[10, 18, 12, 30, 22, 14, 40, 26, 16, 20].map((h, i) => (
        <rect key={i} x={6 + i * 11} y={56 - h} width={8} height={h} fill={c(6)} />
      ))}
    </>
  ),
  compare: (
    <>
      {[
        [14, 48, 3],
        [28, 40, 5],
        [40, 44, 4],
        [54, 30, 6],
        [70, 34, 4],
        [86, 20, 7],
        [100, 26, 3],
        [108, 12, 5],
      ].map(([x, y, r], i) => (
        <circle key={i} cx={x} cy={y} r={r} fill={c(i % 2 === 0 ? 0 : 5)} fillOpacity={0.8} />
      ))}
    </>
  ),
  claims: (
    <>
      <rect x={6} y={8} width={52} height={44} rx={4} fill="none" stroke={themeColor.muted} />
      <path d="M18 30 L28 40 L46 18" fill="none" stroke={c(2)} strokeWidth={4} />
      <rect x={64} y={8} width={52} height={44} rx={4} fill="none" stroke={themeColor.muted} />
      <path d="M80 24 L100 24 M80 36 L100 36 M96 16 L84 44" fill="none" stroke={c(1)} strokeWidth={3} />
    </>
  ),
  sources: (
    <>
      <path d="M34 4 H76 L88 16 V56 H34 Z" fill="none" stroke={themeColor.muted} strokeWidth={1.5} />
      {[20, 28, 36, 44].map((y) => (
        <line key={y} x1={42} x2={80} y1={y} y2={y} stroke={c(0)} strokeWidth={3} />
      ))}
    </>
  ),
};

export function ViewPicture({ view }: { view: string }) {
  return (
    <svg
      className="overview-view-picture"
      viewBox={`0 0 ${W} ${H}`}
      width={W}
      height={H}
      aria-hidden="true"
      focusable="false"
    >
      {PICTURES[view] ?? null}
    </svg>
  );
}
