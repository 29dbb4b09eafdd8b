import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';

/** How long a page may take to show its heading (its data loading) before we give up. */
const waitMs = 3000;

/**
 * On every route change, moves keyboard and screen-reader focus to the new page's heading (its
 * h1), as a full page load would: otherwise focus drops to the body and a keyboard user starts
 * again from the menu. One place for all pages; the first render is left alone (nothing moved).
 */
export function useFocusHeadingOnRouteChange(container: () => HTMLElement | null): void {
  const [location] = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const root = container();
    if (!root) return;
    const focusHeading = (): boolean => {
      const heading = root.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      // A page that already put focus inside itself (e.g. the wizard on its question) keeps it.
      if (heading.contains(document.activeElement) || document.activeElement === heading) return true;
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
      return true;
    };
    if (focusHeading()) return;
    // The heading comes with the page's data: wait for it, but not forever.
    const observer = new MutationObserver(() => {
      if (focusHeading()) stop();
    });
    const timer = window.setTimeout(() => stop(), waitMs);
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
    observer.observe(root, { childList: true, subtree: true });
    return stop;
  }, [location, container]);
}
