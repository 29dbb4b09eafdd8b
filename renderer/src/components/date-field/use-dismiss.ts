import { useEffect, type RefObject } from 'react';

/** Closes a popover when the pointer goes down or focus moves outside it. */
export function useDismiss(container: RefObject<HTMLElement | null>, open: boolean, onDismiss: () => void): void {
  useEffect(() => {
    if (!open) return;
    const outside = (event: Event) => {
      if (container.current && event.target instanceof Node && !container.current.contains(event.target)) onDismiss();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('focusin', outside);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('focusin', outside);
    };
  }, [container, open, onDismiss]);
}
