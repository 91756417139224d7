// A chart as a file that stands alone: its SVG with every style the page's CSS gave it written onto
// the elements (CSS variables and currentColor resolved by the browser), its title and source line
// as text, xmlns set — so it opens the same in a vector editor, an image viewer or a <canvas>.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Properties copied from the computed style, with their initial values. */
const STYLE_PROPERTIES: ReadonlyArray<readonly [string, string | null]> = [
  ['fill', 'rgb(0, 0, 0)'],
  ['fill-opacity', '1'],
  ['fill-rule', 'nonzero'],
  ['stroke', 'none'],
  ['stroke-width', '1px'],
  ['stroke-opacity', '1'],
  ['stroke-dasharray', 'none'],
  ['stroke-dashoffset', '0px'],
  ['stroke-linecap', 'butt'],
  ['stroke-linejoin', 'miter'],
  ['stroke-miterlimit', '4'],
  ['opacity', '1'],
  ['font-family', null],
  ['font-size', null],
  ['font-weight', '400'],
  ['font-style', 'normal'],
  ['text-anchor', 'start'],
  ['dominant-baseline', 'auto'],
  ['letter-spacing', 'normal'],
  ['text-decoration-line', 'none'],
  ['visibility', 'visible'],
  ['paint-order', 'normal'],
  ['shape-rendering', 'auto'],
];

/** Elements that draw: a hidden one is left out (a hidden <pattern> or <title> is not "hidden"). */
const GRAPHICS = new Set([
  'g',
  'path',
  'rect',
  'line',
  'circle',
  'ellipse',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'use',
  'image',
  'svg',
  'a',
]);

const DROPPED_ATTRIBUTES = /^(class|style|tabindex|focusable|aria-.*|data-.*|on.*)$/;
const PAINT_ATTRIBUTES = ['fill', 'stroke', 'color', 'stop-color', 'flood-color'];

/**
 * A standalone copy of `source`: each element carries the styles it shows with (a property is
 * written when it differs from the parent's or from its initial value, which is right whether the
 * property inherits or not), hidden elements are left out, classes and ARIA plumbing removed.
 */
export function inlineStyles(source: SVGSVGElement): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...source.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const computed = new Map<Element, CSSStyleDeclaration>();
  const styleOf = (element: Element) => {
    let style = computed.get(element);
    if (!style) {
      style = getComputedStyle(element);
      computed.set(element, style);
    }
    return style;
  };
  const hidden: Element[] = [];
  originals.forEach((original, index) => {
    const copy = copies[index];
    if (!copy) return;
    const style = styleOf(original);
    if (style.display === 'none' && original !== source && GRAPHICS.has(original.localName)) {
      hidden.push(copy);
      return;
    }
    const parent = original === source ? null : original.parentElement;
    const parentStyle = parent ? styleOf(parent) : null;
    const declarations: string[] = [];
    for (const [property, initial] of STYLE_PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (!value) continue;
      const isInherited = parentStyle !== null && parentStyle.getPropertyValue(property) === value;
      if (isInherited && (initial === null || value === initial)) continue;
      if (parentStyle === null && initial !== null && value === initial) continue;
      declarations.push(`${property}:${value.replace(/"/g, "'")}`);
    }
    if (original instanceof SVGSVGElement) declarations.push('overflow:visible');
    for (const attribute of [...copy.attributes]) {
      const isUnresolvedPaint =
        PAINT_ATTRIBUTES.includes(attribute.name) && /var\(|currentcolor/i.test(attribute.value);
      if (DROPPED_ATTRIBUTES.test(attribute.name) || isUnresolvedPaint) copy.removeAttribute(attribute.name);
    }
    if (declarations.length > 0) copy.setAttribute('style', declarations.join(';'));
  });
  for (const element of hidden) element.remove();
  for (const element of clone.querySelectorAll('foreignObject, script')) element.remove();
  clone.setAttribute('xmlns', SVG_NS);
  return clone;
}

export interface PlacedPart {
  /** Offset inside the chart's box, in CSS pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The standalone SVG element to place there. */
  element: SVGElement;
}

export interface ChartPicture {
  width: number;
  height: number;
  parts: PlacedPart[];
}

/** The top-level chart drawings inside a panel (not icons, not an <svg> inside another). */
export function chartSvgsIn(panel: Element): SVGSVGElement[] {
  return [...panel.querySelectorAll('svg')].filter((svg) => {
    if (svg.parentElement?.closest('svg')) return false;
    const box = svg.getBoundingClientRect();
    return box.width >= 40 && box.height >= 40;
  });
}

function contentBox(svg: SVGSVGElement, width: number, height: number) {
  // Labels may overflow the svg box (charts draw with overflow: visible); keep them in the picture.
  let x0 = 0;
  let y0 = 0;
  let x1 = width;
  let y1 = height;
  try {
    const box = svg.getBBox();
    if (box.width > 0 && box.height > 0) {
      x0 = Math.min(x0, box.x);
      y0 = Math.min(y0, box.y);
      x1 = Math.max(x1, box.x + box.width);
      y1 = Math.max(y1, box.y + box.height);
    }
  } catch {
    // getBBox throws for undisplayed elements; the box itself will do.
  }
  return { x0, y0, x1, y1 };
}

/**
 * Everything that draws the chart in `panel`: each chart <svg> at its place on screen, and the HTML
 * legends views put above a chart (swatch + label), turned into SVG so the picture keeps its key.
 */
export function chartPicture(panel: HTMLElement): ChartPicture {
  const svgs = chartSvgsIn(panel);
  if (svgs.length === 0) throw new Error('There is no chart drawing to export (is the table shown?).');
  type Box = {
    x0: number;
    y0: number;
    x1: number;
    y1: number;
    build: (dx: number, dy: number) => PlacedPart[];
  };
  const boxes: Box[] = [];
  for (const svg of svgs) {
    const rect = svg.getBoundingClientRect();
    const width = Math.round(rect.width);
    const height = Math.round(rect.height);
    const inner = contentBox(svg, width, height);
    boxes.push({
      x0: rect.left + inner.x0,
      y0: rect.top + inner.y0,
      x1: rect.left + inner.x1,
      y1: rect.top + inner.y1,
      build: (dx, dy) => {
        const element = inlineStyles(svg);
        element.setAttribute('width', String(width));
        element.setAttribute('height', String(height));
        element.setAttribute('x', String(round(rect.left - dx)));
        element.setAttribute('y', String(round(rect.top - dy)));
        return [{ x: round(rect.left - dx), y: round(rect.top - dy), width, height, element }];
      },
    });
  }
  for (const legend of panel.querySelectorAll<HTMLElement>('.legend')) {
    const rect = legend.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    boxes.push({
      x0: rect.left,
      y0: rect.top,
      x1: rect.right,
      y1: rect.bottom,
      build: (dx, dy) => legendParts(legend, dx, dy),
    });
  }
  for (const line of htmlTextLines(panel)) {
    boxes.push({
      x0: line.left,
      y0: line.top,
      x1: line.left + line.width,
      y1: line.top + line.height,
      build: (dx, dy) => [textPart(line, dx, dy)],
    });
  }
  const x0 = Math.floor(Math.min(...boxes.map((b) => b.x0)));
  const y0 = Math.floor(Math.min(...boxes.map((b) => b.y0)));
  const x1 = Math.ceil(Math.max(...boxes.map((b) => b.x1)));
  const y1 = Math.ceil(Math.max(...boxes.map((b) => b.y1)));
  return { width: x1 - x0, height: y1 - y0, parts: boxes.flatMap((b) => b.build(x0, y0)) };
}

function legendParts(legend: HTMLElement, dx: number, dy: number): PlacedPart[] {
  const parts: PlacedPart[] = [];
  for (const item of legend.querySelectorAll<HTMLElement>('li')) {
    const g = document.createElementNS(SVG_NS, 'g');
    const swatch = item.querySelector<HTMLElement>('[class*="swatch"]');
    if (swatch) {
      const box = swatch.getBoundingClientRect();
      const style = getComputedStyle(swatch);
      const rect = document.createElementNS(SVG_NS, 'rect');
      rect.setAttribute('x', String(round(box.left - dx)));
      rect.setAttribute('y', String(round(box.top - dy)));
      rect.setAttribute('width', String(round(box.width)));
      rect.setAttribute('height', String(round(box.height)));
      rect.setAttribute('rx', '2');
      // A hatched swatch (repeating gradient) becomes diagonal lines in the gradient's first colour.
      const hatch = style.backgroundImage.includes('gradient')
        ? /rgba?\([^)]*\)/.exec(style.backgroundImage)?.[0]
        : undefined;
      rect.setAttribute(
        'style',
        `fill:${hatch ? 'none' : style.backgroundColor};stroke:${style.borderTopColor};stroke-width:1px`,
      );
      g.append(rect);
      if (hatch) {
        const lines = document.createElementNS(SVG_NS, 'path');
        const x = round(box.left - dx);
        const y = round(box.top - dy);
        const steps: string[] = [];
        for (let k = -box.height; k < box.width; k += 4) {
          const x1 = Math.max(0, k);
          const y1 = box.height - Math.max(0, -k);
          const run = Math.min(box.width - x1, y1);
          steps.push(`M${round(x + x1)} ${round(y + y1)}l${round(run)} ${round(-run)}`);
        }
        lines.setAttribute('d', steps.join(''));
        lines.setAttribute('style', `fill:none;stroke:${hatch};stroke-width:1.2px`);
        g.append(lines);
      }
    }
    const label = (item.textContent ?? '').trim();
    if (label) {
      const box = item.getBoundingClientRect();
      const style = getComputedStyle(item);
      const swatchRight = swatch ? swatch.getBoundingClientRect().right + 6 : box.left;
      const text = document.createElementNS(SVG_NS, 'text');
      text.setAttribute('x', String(round(swatchRight - dx)));
      text.setAttribute('y', String(round(box.top + box.height / 2 - dy)));
      text.setAttribute('dy', '0.35em');
      text.setAttribute(
        'style',
        `fill:${style.color};font-family:${style.fontFamily.replace(/"/g, "'")};font-size:${style.fontSize}`,
      );
      text.textContent = label;
      g.append(text);
    }
    const box = item.getBoundingClientRect();
    parts.push({
      x: round(box.left - dx),
      y: round(box.top - dy),
      width: round(box.width),
      height: round(box.height),
      element: g,
    });
  }
  return parts;
}

/** HTML that is not part of the picture: controls, hidden helpers, tables, hover tooltips, the SVGs and legends themselves. */
const NOT_DRAWN =
  'svg, .legend, button, select, input, textarea, table, .controls, .control, [hidden], .bh-tooltip, .bh-visually-hidden, .visually-hidden';

interface TextLine {
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
  style: CSSStyleDeclaration;
}

/**
 * The visible HTML text around the chart drawings (small-multiple titles, notes), line by line as
 * the browser wrapped it: each word's box is measured and words on the same line are joined.
 */
function htmlTextLines(panel: HTMLElement): TextLine[] {
  const lines: TextLine[] = [];
  const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const parent = node.parentElement;
    if (!parent || !text.trim() || parent.closest(NOT_DRAWN)) continue;
    const style = getComputedStyle(parent);
    if (style.visibility === 'hidden' || style.opacity === '0') continue;
    let current: TextLine | null = null;
    for (const match of text.matchAll(/\S+/g)) {
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const box = range.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      if (current && Math.abs(box.top - current.top) < 2) {
        current.text += ` ${match[0]}`;
        current.width = box.right - current.left;
      } else {
        current = {
          text: match[0],
          left: box.left,
          top: box.top,
          width: box.width,
          height: box.height,
          style,
        };
        lines.push(current);
      }
    }
  }
  range.detach();
  return lines;
}

function textPart(line: TextLine, dx: number, dy: number): PlacedPart {
  const fontSize = Number.parseFloat(line.style.fontSize) || 12;
  const text = document.createElementNS(SVG_NS, 'text');
  text.setAttribute('x', String(round(line.left - dx)));
  // Baseline about 0.8 em below the top of the em box, which sits in the middle of the line box.
  text.setAttribute('y', String(round(line.top - dy + (line.height - fontSize) / 2 + fontSize * 0.8)));
  const declarations = [
    `fill:${line.style.color}`,
    `font-family:${line.style.fontFamily.replace(/"/g, "'")}`,
    `font-size:${line.style.fontSize}`,
  ];
  if (line.style.fontWeight !== '400') declarations.push(`font-weight:${line.style.fontWeight}`);
  if (line.style.fontStyle !== 'normal') declarations.push(`font-style:${line.style.fontStyle}`);
  text.setAttribute('style', declarations.join(';'));
  text.textContent = line.text;
  return {
    x: round(line.left - dx),
    y: round(line.top - dy),
    width: round(line.width),
    height: round(line.height),
    element: text,
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export interface Theme {
  background: string;
  foreground: string;
  muted: string;
  fontFamily: string;
}

/** The colours and font the chart is shown with, read from the page (so dark mode exports dark). */
export function themeOf(figure: Element): Theme {
  const figureStyle = getComputedStyle(figure);
  const caption = figure.querySelector('.bh-frame-source, figcaption');
  const background = [figure, ...ancestors(figure)]
    .map((element) => getComputedStyle(element).backgroundColor)
    .find((color) => color && color !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(color));
  return {
    background: background ?? '#ffffff',
    foreground: figureStyle.color || '#1b1f24',
    muted: caption ? getComputedStyle(caption).color : figureStyle.color,
    fontFamily: figureStyle.fontFamily || 'system-ui, sans-serif',
  };
}

function ancestors(element: Element): Element[] {
  const list: Element[] = [];
  for (let node = element.parentElement; node; node = node.parentElement) list.push(node);
  return list;
}

export type MeasureText = (text: string, font: string) => number;

/** Text width by a canvas where there is one; a generous estimate elsewhere (tests without canvas). */
export function canvasMeasure(): MeasureText {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return (text, font) => text.length * fontPixels(font) * 0.6;
  return (text, font) => {
    context.font = font;
    return context.measureText(text).width;
  };
}

function fontPixels(font: string): number {
  return Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12);
}

/** Greedy word wrap to `width` pixels; a single over-long word gets a line of its own. */
export function wrapText(text: string, width: number, font: string, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, font) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface ComposedSvg {
  text: string;
  width: number;
  height: number;
}

const PAD = 16;
const TITLE_SIZE = 18;
const TITLE_LINE = 24;
const SOURCE_SIZE = 12;
const SOURCE_LINE = 16;

/** The chart with its title above and its source line below, as an SVG document (with XML declaration). */
export function composeSvg(options: {
  picture: ChartPicture;
  title: string;
  source: string;
  theme: Theme;
  measure?: MeasureText;
}): ComposedSvg {
  const { picture, title, source, theme } = options;
  const measure = options.measure ?? canvasMeasure();
  const width = Math.ceil(Math.max(picture.width + 2 * PAD, 360));
  const textWidth = width - 2 * PAD;
  const titleFont = `700 ${TITLE_SIZE}px ${theme.fontFamily}`;
  const sourceFont = `400 ${SOURCE_SIZE}px ${theme.fontFamily}`;
  const titleLines = wrapText(title, textWidth, titleFont, measure);
  const sourceLines = wrapText(source, textWidth, sourceFont, measure);
  const chartTop = PAD + titleLines.length * TITLE_LINE + 10;
  const sourceTop = chartTop + picture.height + 14;
  const height = Math.ceil(sourceTop + sourceLines.length * SOURCE_LINE + PAD - 4);

  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('style', `font-family:${theme.fontFamily.replace(/"/g, "'")}`);
  const titleElement = document.createElementNS(SVG_NS, 'title');
  titleElement.textContent = title;
  root.append(titleElement);

  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height));
  background.setAttribute('style', `fill:${theme.background}`);
  root.append(background);

  root.append(
    textBlock(
      titleLines,
      PAD,
      PAD + TITLE_SIZE,
      TITLE_LINE,
      `fill:${theme.foreground};font-size:${TITLE_SIZE}px;font-weight:700`,
      'bh-export-title',
    ),
  );

  const chart = document.createElementNS(SVG_NS, 'g');
  chart.setAttribute('transform', `translate(${PAD} ${chartTop})`);
  for (const part of picture.parts) chart.append(part.element);
  root.append(chart);

  root.append(
    textBlock(
      sourceLines,
      PAD,
      sourceTop + SOURCE_SIZE,
      SOURCE_LINE,
      `fill:${theme.muted};font-size:${SOURCE_SIZE}px`,
      'bh-export-source',
    ),
  );

  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
  return { text, width, height };
}

/**
 * The chart alone as an SVG document (slides draw their own title and source), shown at `width` ×
 * `height` through its viewBox so that a larger drawing stays sharp.
 */
export function pictureSvg(
  picture: ChartPicture,
  theme: Theme,
  width = picture.width,
  height = picture.height,
): ComposedSvg {
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${picture.width} ${picture.height}`);
  root.setAttribute('style', `font-family:${theme.fontFamily.replace(/"/g, "'")}`);
  for (const part of picture.parts) root.append(part.element.cloneNode(true));
  return { text: new XMLSerializer().serializeToString(root), width, height };
}

function textBlock(
  lines: string[],
  x: number,
  firstBaseline: number,
  lineHeight: number,
  style: string,
  id: string,
) {
  const text = document.createElementNS(SVG_NS, 'text');
  text.setAttribute('id', id);
  text.setAttribute('style', style);
  lines.forEach((line, i) => {
    const span = document.createElementNS(SVG_NS, 'tspan');
    span.setAttribute('x', String(x));
    span.setAttribute('y', String(firstBaseline + i * lineHeight));
    span.textContent = line;
    text.append(span);
  });
  return text;
}
