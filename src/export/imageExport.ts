// The image exports of one chart, loaded on first use (the page does not pay for them up front).
import { safeFileName, type ChartExportSpec } from './chartExport.ts';
import { chartPicture, composeSvg, pictureSvg, themeOf } from './svgExport.ts';
import { slidePng, svgToPng } from './raster.ts';

export type ImageKind = 'png' | 'png-2x' | 'svg' | 'slide';

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

export async function chartImage(
  kind: ImageKind,
  figure: Element,
  spec: ChartExportSpec,
  permalink: string,
): Promise<ImageFile> {
  const restoreTab = await showChartTab(figure);
  try {
    const panel = visibleChartPanel(figure);
    if (!panel) throw new Error('There is no chart drawing to export.');
    const picture = chartPicture(panel);
    const theme = themeOf(figure);
    if (kind === 'slide') {
      const blob = await slidePng({
        chart: {
          width: picture.width,
          height: picture.height,
          render: (w, h) => pictureSvg(picture, theme, w, h),
        },
        title: spec.title,
        source: spec.source,
        permalink,
        theme,
      });
      return {
        blob,
        fileName: safeFileName(`${spec.name}-slide`, 'png'),
        summary: 'Downloaded a 1920×1080 slide.',
      };
    }
    const svg = composeSvg({ picture, title: spec.title, source: spec.source, theme });
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
  } finally {
    restoreTab();
  }
}

export const THUMBNAIL_WIDTH = 240;
export const THUMBNAIL_HEIGHT = 135;

/** A small 16:9 picture of the chart in `figure` (a PNG data: URL) for the playlist's list. */
export async function chartThumbnail(figure: Element): Promise<string> {
  const panel = visibleChartPanel(figure);
  if (!panel) throw new Error('There is no chart drawing to picture.');
  const picture = chartPicture(panel);
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
