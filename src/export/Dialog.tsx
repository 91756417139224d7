import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal <dialog> (the browser traps focus, Escape closes it, focus returns to the opener). Opened
 * on mount; `onClose` runs however it closes.
 */
export function Dialog({
  title,
  onClose,
  children,
  testId,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    opener.current = document.activeElement;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    return () => {
      if (opener.current instanceof HTMLElement) opener.current.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="bh-dialog"
      aria-labelledby={headingId}
      onClose={onClose}
      data-testid={testId}
    >
      <div className="bh-dialog-head">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="bh-dialog-close" onClick={() => ref.current?.close()}>
          Close
        </button>
      </div>
      {children}
    </dialog>
  );
}
