import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { usePermalink } from './permalink.ts';

export type ChartFrameTab = 'chart' | 'table';

export interface ChartFrameProps {
  title: string;
  headingLevel?: 2 | 3;
  subtitle?: string;
  /** The generated one-paragraph description (pass the same string to the chart's `description`). */
  description: string;
  /** The description as shown, when its words carry links (the same words as `description`). */
  descriptionContent?: ReactNode;
  /** Source line, e.g. "Source: UN Department of Peace Operations, monthly contributions." */
  source: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  /** Export buttons and the like. */
  actions?: ReactNode;
  /** Controlled tab (e.g. kept in the URL); uncontrolled, starting on `defaultTab`, when omitted. */
  tab?: ChartFrameTab;
  defaultTab?: ChartFrameTab;
  onTabChange?: (tab: ChartFrameTab) => void;
}

const TABS: readonly { id: ChartFrameTab; label: string }[] = [
  { id: 'chart', label: 'Chart' },
  { id: 'table', label: 'Table' },
];

/**
 * A chart in a <figure>: heading, Chart/Table tabs (ARIA tabs with automatic activation: arrows,
 * Home and End move and select), the active panel, and a caption with description and source. On paper
 * the tabs and actions are hidden and the page's address (PermalinkContext) is printed in the caption.
 */
export function ChartFrame({
  title,
  headingLevel = 2,
  subtitle,
  description,
  descriptionContent,
  source,
  chart,
  table,
  actions,
  tab,
  defaultTab = 'chart',
  onTabChange,
}: ChartFrameProps) {
  const [ownTab, setOwnTab] = useState<ChartFrameTab>(defaultTab);
  const selected = tab ?? ownTab;
  const id = useId();
  const tabRefs = useRef<Record<ChartFrameTab, HTMLButtonElement | null>>({ chart: null, table: null });
  const permalink = usePermalink();
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const headingId = `${id}-heading`;

  const select = (next: ChartFrameTab, shouldFocus: boolean) => {
    if (tab === undefined) setOwnTab(next);
    onTabChange?.(next);
    if (shouldFocus) tabRefs.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.findIndex((t) => t.id === selected);
    let nextIndex: number | null = null;
    if (event.key === 'ArrowRight') nextIndex = (index + 1) % TABS.length;
    else if (event.key === 'ArrowLeft') nextIndex = (index - 1 + TABS.length) % TABS.length;
    else if (event.key === 'Home') nextIndex = 0;
    else if (event.key === 'End') nextIndex = TABS.length - 1;
    const next = nextIndex === null ? undefined : TABS[nextIndex];
    if (!next) return;
    event.preventDefault();
    select(next.id, true);
  };

  return (
    <figure className="bh-frame" aria-labelledby={headingId}>
      <div className="bh-frame-header">
        <Heading id={headingId} className="bh-frame-title">
          {title}
        </Heading>
        {subtitle && <p className="bh-frame-subtitle">{subtitle}</p>}
      </div>
      <div className="bh-frame-bar">
        <div role="tablist" aria-label={`${title}: view as`} className="bh-tabs" onKeyDown={onKeyDown}>
          {TABS.map((t) => {
            const isSelected = t.id === selected;
            return (
              <button
                key={t.id}
                ref={(node) => {
                  tabRefs.current[t.id] = node;
                }}
                type="button"
                role="tab"
                id={`${id}-tab-${t.id}`}
                aria-selected={isSelected}
                aria-controls={`${id}-panel-${t.id}`}
                tabIndex={isSelected ? 0 : -1}
                className="bh-tab"
                onClick={() => select(t.id, false)}
              >
                {t.label}
              </button>
            );
          })}
        </div>
        {actions && <div className="bh-frame-actions">{actions}</div>}
      </div>
      {TABS.map((t) => (
        <div
          key={t.id}
          role="tabpanel"
          id={`${id}-panel-${t.id}`}
          aria-labelledby={`${id}-tab-${t.id}`}
          hidden={t.id !== selected}
          className="bh-tabpanel"
        >
          {t.id === selected ? (t.id === 'chart' ? chart : table) : null}
        </div>
      ))}
      <figcaption className="bh-frame-caption">
        <p className="bh-frame-description">{descriptionContent ?? description}</p>
        <p className="bh-frame-source">{source}</p>
        {/* Shown in print only (charts.css): the view's address under the figure. */}
        {permalink && <p className="bh-frame-permalink">{permalink}</p>}
      </figcaption>
    </figure>
  );
}
