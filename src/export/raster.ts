// SVG documents to PNG: the browser draws the SVG as an image onto a canvas (the CSP allows blob:
// images), scaled for sharpness; a slide adds its own title, source line and permalink.
import type { ComposedSvg, Theme } from './svgExport.ts';
import { canvasMeasure, wrapText } from './svgExport.ts';

async function svgImage(svg: ComposedSvg): Promise<{ image: HTMLImageElement; release: () => void }> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }));
  const image = new Image(svg.width, svg.height);
  image.src = url;
  try {
    await image.decode();
  } catch {
    URL.revokeObjectURL(url);
    throw new Error('The browser could not draw the chart as an image.');
  }
  return { image, release: () => URL.revokeObjectURL(url) };
}

function canvasOf(
  width: number,
  height: number,
): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw images (no canvas).');
  return { canvas, context };
}

function pngOf(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))),
      'image/png',
    ),
  );
}

/** The SVG as a PNG of `scale` × its size (1 for the screen size, 2 for print and retina screens). */
export async function svgToPng(svg: ComposedSvg, scale: number): Promise<Blob> {
  const { image, release } = await svgImage(svg);
  try {
    const { canvas, context } = canvasOf(Math.round(svg.width * scale), Math.round(svg.height * scale));
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await pngOf(canvas);
  } finally {
    release();
  }
}

export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;

/** A 16:9 slide (1920×1080): title, the chart as large as fits, source line and permalink. */
export async function slidePng(options: {
  /** The chart's natural size, and its SVG drawn at a given size. */
  chart: { width: number; height: number; render: (width: number, height: number) => ComposedSvg };
  title: string;
  source: string;
  permalink: string;
  theme: Theme;
}): Promise<Blob> {
  const { chart, title, source, permalink, theme } = options;
  const { canvas, context } = canvasOf(SLIDE_WIDTH, SLIDE_HEIGHT);
  const measure = canvasMeasure();
  const margin = 80;
  const textWidth = SLIDE_WIDTH - 2 * margin;
  context.fillStyle = theme.background;
  context.fillRect(0, 0, SLIDE_WIDTH, SLIDE_HEIGHT);
  context.textBaseline = 'alphabetic';

  const titleFont = `700 52px ${theme.fontFamily}`;
  const titleLines = wrapText(title, textWidth, titleFont, measure).slice(0, 2);
  context.font = titleFont;
  context.fillStyle = theme.foreground;
  titleLines.forEach((line, i) => context.fillText(line, margin, 70 + 52 + i * 64));
  const chartTop = 70 + titleLines.length * 64 + 36;

  const sourceFont = `400 24px ${theme.fontFamily}`;
  const linkFont = `400 22px ${theme.fontFamily}`;
  const sourceLines = wrapText(source, textWidth, sourceFont, measure).slice(0, 3);
  const footerHeight = sourceLines.length * 32 + 40 + 28;
  const footerTop = SLIDE_HEIGHT - 56 - footerHeight;
  context.font = sourceFont;
  context.fillStyle = theme.muted;
  sourceLines.forEach((line, i) => context.fillText(line, margin, footerTop + 24 + i * 32));
  context.font = linkFont;
  context.fillStyle = theme.foreground;
  wrapAnywhere(permalink, textWidth, linkFont, measure)
    .slice(0, 2)
    .forEach((line, i) => context.fillText(line, margin, footerTop + sourceLines.length * 32 + 30 + i * 28));

  const areaWidth = textWidth;
  const areaHeight = footerTop - 28 - chartTop;
  const scale = Math.min(areaWidth / chart.width, areaHeight / chart.height, 3);
  const drawWidth = chart.width * scale;
  const drawHeight = chart.height * scale;
  // Drawn at its final size (viewBox scaling), so lines and text stay sharp rather than being stretched.
  const { image, release } = await svgImage(chart.render(Math.round(drawWidth), Math.round(drawHeight)));
  try {
    context.drawImage(image, margin + (areaWidth - drawWidth) / 2, chartTop, drawWidth, drawHeight);
  } finally {
    release();
  }
  return pngOf(canvas);
}

/** A URL has no spaces: break it anywhere, line by line. */
function wrapAnywhere(
  text: string,
  width: number,
  font: string,
  measure: (t: string, f: string) => number,
): string[] {
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
