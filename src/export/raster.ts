// SVG documents to PNG: the browser draws the SVG as an image onto a canvas (the CSP allows blob:
// images), scaled for sharpness (slides are composed as SVG first, in slide.ts).
import type { ComposedSvg } from './svgExport.ts';

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
