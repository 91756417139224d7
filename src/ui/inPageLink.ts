import type { MouseEvent } from 'react';

/**
 * Follows an in-page link. The site's routes live in the fragment (#/sources), so a plain "#gaps"
 * link would leave the page: the link keeps the route as its address (for a new tab or a copied
 * link) and, on a plain click, scrolls to the element and moves the focus there.
 */
export function jumpTo(event: MouseEvent<HTMLAnchorElement>, elementId: string): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const target = document.getElementById(elementId);
  if (!target) return;
  event.preventDefault();
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}
