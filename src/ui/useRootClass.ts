import { useLayoutEffect } from 'react';

/** Puts a class on <html> while the component is mounted and `isOn` (present and embed modes style the whole page). */
export function useRootClass(className: string, isOn = true): void {
  useLayoutEffect(() => {
    if (!isOn) return undefined;
    const root = document.documentElement;
    root.classList.add(className);
    return () => root.classList.remove(className);
  }, [className, isOn]);
}
