import { useId, type ReactNode, type SVGProps } from 'react';

export interface ChartSvgProps extends Omit<SVGProps<SVGSVGElement>, 'width' | 'height' | 'role'> {
  width: number;
  height: number;
  title: string;
  /** The generated one-paragraph description; also shown in the figure caption. */
  description: string;
  /** Extra instructions for keyboard users (only for charts that take keys). */
  keyboardHint?: string;
  children: ReactNode;
}

/**
 * The <svg role="img"> every composed chart renders: named by its <title> and <desc>, sized in pixels
 * to the container (the viewBox equals that size, so on screen text stays at its font size on a phone;
 * it only lets print scale a chart measured for the screen down to the page).
 */
export function ChartSvg({
  width,
  height,
  title,
  description,
  keyboardHint,
  children,
  ...rest
}: ChartSvgProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const hintId = `${id}-hint`;
  return (
    <>
      <svg
        xmlns="http://www.w3.org/2000/svg"
        {...rest}
        className={['bh-chart-svg', rest.className].filter(Boolean).join(' ')}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        aria-describedby={keyboardHint ? hintId : undefined}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        fontFamily="inherit"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        {children}
      </svg>
      {keyboardHint && (
        <p id={hintId} className="bh-visually-hidden">
          {keyboardHint}
        </p>
      )}
    </>
  );
}

export const TIME_CHART_KEYBOARD_HINT =
  'To read values, use the left and right arrow keys to move between months, up and down to move between series, Home and End to jump to the first or last month, and Escape to stop.';
