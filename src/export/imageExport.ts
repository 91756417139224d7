// The image exports of one chart, loaded on first use (the page does not pay for them up front).
import { safeFileName, type ChartExportSpec } from './chartExport.ts';
import {
  canvasMeasure,
  chartPicture,
  composeSvg,
  pictureSvg,
  themeOf,
  type ChartPicture,
} from './svgExport.ts';
import { svgToPng } from './raster.ts';
import { modelPicture, type RenderModel } from './modelPicture.tsx';
import { slideLayout, slideSvg } from './slide.ts';

export type ImageKind = 'png' | 'png-2x' | 'svg' | 'slide' | 'slide-svg';

/** The least width SVG and PNG exports draw a chart at (PNG 2× doubles it). */
export const EXPORT_WIDTH = 960;

export interface ImageFile {
  blob: Blob;
  fileName: string;
  /** What was made, for the status line. */
  summary: string;
}

function visibleChartPanel(figure: Element): HTMLElement | null {
  return (
    [...figure.querySelectorAll<HTMLElement>('[role="tabpanel"]')].find(
      (panel) => !panel.hidden && panel.querySelector('svg') !== null,
    ) ?? null
  );
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Images are of the chart: when the table tab is showing, show the chart for the export and go back after. */
async function showChartTab(figure: Element): Promise<() => void> {
  if (visibleChartPanel(figure)) return () => {};
  const tabs = [...figure.querySelectorAll<HTMLElement>('[role="tab"]')];
  const chartTab = tabs.find((tab) => tab.id.endsWith('-tab-chart'));
  const selected = tabs.find((tab) => tab.getAttribute('aria-selected') === 'true');
  if (!chartTab) return () => {};
  chartTab.click();
  for (let i = 0; i < 30 && !visibleChartPanel(figure); i += 1) await nextFrame();
  await nextFrame();
  return () => selected?.click();
}

/** The chart drawn from its model at `width` × `height`; without a model, its drawing on the page. */
async function chartDrawing(
  figure: Element,
  spec: ChartExportSpec,
  renderModel: RenderModel,
  width: number,
  height: number,
): Promise<ChartPicture> {
  if (spec.model) return modelPicture(figure, spec.model, renderModel, width, height);
  const restoreTab = await showChartTab(figure);
  try {
    const panel = visibleChartPanel(figure);
    if (!panel) throw new Error('There is no chart drawing to export.');
    return chartPicture(panel);
  } finally {
    restoreTab();
  }
}

export async function chartImage(
  kind: ImageKind,
  figure: Element,
  spec: ChartExportSpec,
  permalink: string,
  renderModel: RenderModel,
): Promise<ImageFile> {
  const theme = themeOf(figure);
  const picture = (width: number, height: number) => chartDrawing(figure, spec, renderModel, width, height);
  if (kind === 'slide' || kind === 'slide-svg') {
    const subtitle = [
      spec.units ? `${spec.units.charAt(0).toUpperCase()}${spec.units.slice(1)}.` : '',
      spec.subtitle ?? '',
    ]
      .filter(Boolean)
      .join(' ');
    const layout = slideLayout(
      { title: spec.title, subtitle, source: spec.shortSource ?? spec.source, permalink },
      theme.fontFamily,
      canvasMeasure(),
    );
    const slide = slideSvg(layout, await picture(layout.chart.width, layout.chart.height), theme);
    if (kind === 'slide-svg') {
      return {
        blob: new Blob([slide.text], { type: 'image/svg+xml;charset=utf-8' }),
        fileName: safeFileName(`${spec.name}-slide`, 'svg'),
        summary: 'Downloaded a 1920×1080 slide as SVG.',
      };
    }
    return {
      blob: await svgToPng(slide, 1),
      fileName: safeFileName(`${spec.name}-slide`, 'png'),
      summary: 'Downloaded a 1920×1080 slide.',
    };
  }
  // At least the export width, and never narrower than the chart on screen.
  const shown = visibleChartPanel(figure)?.querySelector('svg')?.getBoundingClientRect().width ?? 0;
  const width = Math.max(EXPORT_WIDTH, Math.round(shown));
  const svg = composeSvg({
    picture: await picture(width, Math.round(Math.min(width * 0.55, 640))),
    title: spec.title,
    source: spec.source,
    theme,
  });
  if (kind === 'svg') {
    return {
      blob: new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }),
      fileName: safeFileName(spec.name, 'svg'),
      summary: 'Downloaded the chart as SVG.',
    };
  }
  const scale = kind === 'png-2x' ? 2 : 1;
  return {
    blob: await svgToPng(svg, scale),
    fileName: safeFileName(scale === 2 ? `${spec.name}-2x` : spec.name, 'png'),
    summary: `Downloaded a ${svg.width * scale}×${svg.height * scale} PNG.`,
  };
}

export const THUMBNAIL_WIDTH = 240;
export const THUMBNAIL_HEIGHT = 135;

/**
 * A small 16:9 picture of the chart in `figure` (a PNG data: URL) for the playlist's list: drawn from
 * the chart's model at 640×360 with its legend, like a slide, then scaled down.
 */
export async function chartThumbnail(
  figure: Element,
  spec: ChartExportSpec,
  renderModel: RenderModel,
): Promise<string> {
  const picture = await chartDrawing(figure, spec, renderModel, 640, 360);
  const theme = themeOf(figure);
  const scale = Math.min(THUMBNAIL_WIDTH / picture.width, THUMBNAIL_HEIGHT / picture.height);
  const width = Math.max(1, Math.round(picture.width * scale));
  const height = Math.max(1, Math.round(picture.height * scale));
  const svg = pictureSvg(picture, theme, width, height);
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = THUMBNAIL_WIDTH;
    canvas.height = THUMBNAIL_HEIGHT;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images (no canvas).');
    context.fillStyle = theme.background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, (THUMBNAIL_WIDTH - width) / 2, (THUMBNAIL_HEIGHT - height) / 2, width, height);
    return canvas.toDataURL('image/png');
  } finally {
    URL.revokeObjectURL(url);
  }
}
