// Exports from the model: the chart's own component rendered afresh at the export size, off screen,
// by the chart's export controls (ChartExports.tsx) — never the live chart, which keeps its screen size
// and state — with the legend drawn as SVG from its items. Rendered inside the app's own React tree
// rather than with react-dom/server's renderToStaticMarkup or a second root: importing react-dom from
// this lazily loaded code made the bundler split React out of its shared chunk, +3 kB on the first
// load of every route (/women then broke its 150 kB budget).
import type { ReactElement } from 'react';
import { legendLayout, LEGEND_SWATCH, type LegendItem } from '../charts/svgLegend.ts';
import { canvasMeasure, chartPicture, type ChartPicture, type PlacedPart } from './svgExport.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Renders the chart at a size off screen and resolves with the element holding it, once drawn. */
export type RenderModel = (size: { width: number; height: number }) => Promise<HTMLElement>;

export interface ModelChart {
  /** The chart component at a fixed size (its width and, where it has one, height props). */
  render: (size: { width: number; height: number }) => ReactElement;
  legend?: readonly LegendItem[];
}

/**
 * The chart drawn by its component at `width` × `height` (height: the space the chart may take), its
 * legend above it. The component is mounted for a moment inside `figure` but off screen, so the page's
 * CSS (theme colours, fonts) resolves into the inlined styles exactly as on screen.
 */
export async function modelPicture(
  figure: Element,
  chart: ModelChart,
  renderModel: RenderModel,
  width: number,
  height: number,
): Promise<ChartPicture> {
  const font = getComputedStyle(figure).fontFamily;
  const measure = canvasMeasure();
  const legend = legendLayout(chart.legend ?? [], width, 12, (t) => measure(t, `400 12px ${font}`));
  const legendGap = legend.height > 0 ? 8 : 0;
  const host = await renderModel({ width, height: Math.max(120, height - legend.height - legendGap) });
  const swatchColour = document.createElement('span');
  figure.append(swatchColour);
  try {
    const picture = chartPicture(host);
    if (legend.height === 0) return picture;
    const shift = legend.height + legendGap;
    const parts: PlacedPart[] = picture.parts.map((part) => {
      part.element.setAttribute('y', String(part.y + shift));
      return { ...part, y: part.y + shift };
    });
    // A group at the picture's top left (not a nested <svg>: those are the chart's own drawings).
    const legendSvg = document.createElementNS(SVG_NS, 'g');
    const colour = (value: string) => {
      // Resolve var(--…) against the page, as the chart's own marks are.
      swatchColour.style.color = value;
      return getComputedStyle(swatchColour).color;
    };
    const foreground = getComputedStyle(figure).color;
    for (const item of legend.items) {
      const rect = document.createElementNS(SVG_NS, 'rect');
      rect.setAttribute('x', String(item.x));
      rect.setAttribute('y', String(item.y + 3));
      rect.setAttribute('width', String(LEGEND_SWATCH));
      rect.setAttribute('height', String(LEGEND_SWATCH));
      rect.setAttribute('rx', '2');
      const fill = colour(item.color);
      rect.setAttribute(
        'style',
        item.isHatched ? `fill:none;stroke:${fill};stroke-width:1px` : `fill:${fill};stroke:none`,
      );
      legendSvg.append(rect);
      if (item.isHatched) {
        const hatch = document.createElementNS(SVG_NS, 'path');
        const s = LEGEND_SWATCH;
        hatch.setAttribute(
          'd',
          `M${item.x} ${item.y + 3 + s / 2}l${s / 2} ${-s / 2}M${item.x} ${item.y + 3 + s}l${s} ${-s}M${item.x + s / 2} ${item.y + 3 + s}l${s / 2} ${-s / 2}`,
        );
        hatch.setAttribute('style', `fill:none;stroke:${fill};stroke-width:1.2px`);
        legendSvg.append(hatch);
      }
      const text = document.createElementNS(SVG_NS, 'text');
      text.setAttribute('x', String(item.x + LEGEND_SWATCH + 6));
      text.setAttribute('y', String(item.y + 13));
      text.setAttribute('style', `fill:${foreground};font-size:12px`);
      text.textContent = item.label;
      legendSvg.append(text);
    }
    return {
      width: Math.max(picture.width, legend.width),
      height: picture.height + shift,
      parts: [{ x: 0, y: 0, width: legend.width, height: legend.height, element: legendSvg }, ...parts],
    };
  } finally {
    swatchColour.remove();
  }
}
