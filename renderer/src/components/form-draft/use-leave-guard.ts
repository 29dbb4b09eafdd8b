import { useEffect } from 'react';

/**
 * Asks before leaving a changed form: in-app links (wouter renders plain <a href="#/…">) and closing or
 * reloading the window. The click is caught on window in the capture phase, before React's own
 * listener on the root, so a "stay" stops the navigation altogether.
 */
export function useLeaveGuard(active: boolean, message: string) {
  useEffect(() => {
    if (!active) return;
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!link || link.getAttribute('target') === '_blank') return;
      const href = link.getAttribute('href') ?? '';
      // Routes are hash links (#/…); other anchors (#main) and outside addresses do not leave the form.
      if (!href.startsWith('#/') && (href.startsWith('#') || /^[a-z]+:/i.test(href))) return;
      if (!window.confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      // The browser shows its own words; Electron's main process asks with ours (will-prevent-unload).
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('click', onClick, true);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('click', onClick, true);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [active, message]);
}
