// The 16:9 slide as an SVG document (1920×1080): title, subtitle with units, the chart filling the
// space between, a short source and the permalink. Every text is wrapped to the frame, never cut; the
// chart gets what the text leaves. The PNG slide is this SVG drawn onto a canvas.
import { wrapText, type ChartPicture, type ComposedSvg, type MeasureText, type Theme } from './svgExport.ts';

export const SLIDE_W = 1920;
export const SLIDE_H = 1080;
const MARGIN = 80;
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface SlideText {
  title: string;
  subtitle?: string;
  source: string;
  permalink: string;
}

interface Block {
  id: string;
  lines: string[];
  size: number;
  line: number;
  weight: number;
  top: number;
  colour: 'foreground' | 'muted';
}

export interface SlideLayout {
  blocks: Block[];
  chart: { x: number; y: number; width: number; height: number };
}

/** A URL has no spaces: break it anywhere. */
function wrapAnywhere(text: string, width: number, font: string, measure: MeasureText): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest.length > 0) {
    let end = rest.length;
    while (end > 1 && measure(rest.slice(0, end), font) > width) end -= 1;
    lines.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  return lines;
}

/** Where each text and the chart go on the slide. */
export function slideLayout(text: SlideText, fontFamily: string, measure: MeasureText): SlideLayout {
  const width = SLIDE_W - 2 * MARGIN;
  const font = (weight: number, size: number) => `${weight} ${size}px ${fontFamily}`;
  const blocks: Block[] = [];
  let y = 64;
  const add = (
    id: string,
    lines: string[],
    size: number,
    line: number,
    weight: number,
    colour: Block['colour'],
  ) => {
    blocks.push({ id, lines, size, line, weight, top: y, colour });
    y += lines.length * line;
  };
  add('bh-slide-title', wrapText(text.title, width, font(700, 52), measure), 52, 64, 700, 'foreground');
  if (text.subtitle) {
    y += 8;
    add('bh-slide-subtitle', wrapText(text.subtitle, width, font(400, 28), measure), 28, 38, 400, 'muted');
  }
  const chartTop = y + 28;
  // The footer, measured from the bottom up.
  const sourceLines = wrapText(text.source, width, font(400, 24), measure);
  const linkLines = wrapAnywhere(text.permalink, width, font(400, 22), measure);
  const footerHeight = sourceLines.length * 32 + 10 + linkLines.length * 30;
  const footerTop = SLIDE_H - 48 - footerHeight;
  y = footerTop;
  add('bh-slide-source', sourceLines, 24, 32, 400, 'muted');
  y += 10;
  add('bh-slide-permalink', linkLines, 22, 30, 400, 'foreground');
  return {
    blocks,
    chart: { x: MARGIN, y: chartTop, width, height: Math.max(120, footerTop - 28 - chartTop) },
  };
}

/** The slide as an SVG document, with the chart's picture scaled (never up) to fill its area. */
export function slideSvg(layout: SlideLayout, picture: ChartPicture, theme: Theme): ComposedSvg {
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(SLIDE_W));
  root.setAttribute('height', String(SLIDE_H));
  root.setAttribute('viewBox', `0 0 ${SLIDE_W} ${SLIDE_H}`);
  root.setAttribute('style', `font-family:${theme.fontFamily.replace(/"/g, "'")}`);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', String(SLIDE_W));
  background.setAttribute('height', String(SLIDE_H));
  background.setAttribute('style', `fill:${theme.background}`);
  root.append(background);
  for (const block of layout.blocks) {
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('id', block.id);
    text.setAttribute(
      'style',
      `fill:${block.colour === 'muted' ? theme.muted : theme.foreground};font-size:${block.size}px;font-weight:${block.weight}`,
    );
    block.lines.forEach((line, i) => {
      const span = document.createElementNS(SVG_NS, 'tspan');
      span.setAttribute('x', String(MARGIN));
      // Baseline: the line box's top plus the font's ascent (about 0.8 em), centred in its line.
      span.setAttribute(
        'y',
        String(Math.round(block.top + i * block.line + (block.line - block.size) / 2 + block.size * 0.8)),
      );
      span.textContent = line;
      text.append(span);
    });
    root.append(text);
  }
  const area = layout.chart;
  const scale = Math.min(1, area.width / picture.width, area.height / picture.height);
  const w = picture.width * scale;
  const h = picture.height * scale;
  const chart = document.createElementNS(SVG_NS, 'svg');
  chart.setAttribute('id', 'bh-slide-chart');
  chart.setAttribute('x', String(Math.round(area.x + (area.width - w) / 2)));
  chart.setAttribute('y', String(Math.round(area.y)));
  chart.setAttribute('width', String(Math.round(w)));
  chart.setAttribute('height', String(Math.round(h)));
  chart.setAttribute('viewBox', `0 0 ${picture.width} ${picture.height}`);
  chart.setAttribute('overflow', 'visible');
  for (const part of picture.parts) chart.append(part.element);
  root.append(chart);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
  return { text, width: SLIDE_W, height: SLIDE_H };
}
