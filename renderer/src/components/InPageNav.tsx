import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './in-page-nav.css';

interface Section {
  id: string;
  label: string;
}

/** The page's sections: every h2 with an id in main, in order (read from the page, so none is forgotten). */
function readSections(root: HTMLElement | null): Section[] {
  if (!root) return [];
  return [...root.querySelectorAll<HTMLHeadingElement>('h2[id]')]
    .filter((h) => !h.closest('.in-page-nav'))
    .map((h) => ({ id: h.id, label: h.textContent?.trim() ?? '' }))
    .filter((s) => s.label);
}

/**
 * A long page's table of contents: one button per section; choosing one scrolls to its heading
 * and moves focus there. Buttons, not #anchors: the app's routes live in the hash.
 */
export function InPageNav() {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const [sections, setSections] = useState<Section[]>([]);
  useEffect(() => {
    const root = ref.current?.closest('main') ?? null;
    const update = () =>
      setSections((old) => {
        const now = readSections(root);
        return JSON.stringify(old) === JSON.stringify(now) ? old : now;
      });
    update();
    if (!root) return;
    // Sections come with their data (and some only appear later): follow the page.
    const observer = new MutationObserver(update);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);

  const go = (id: string) => {
    const heading = document.getElementById(id);
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  };

  return (
    <nav ref={ref} className="in-page-nav" aria-label={t('inPageNav')} data-testid="in-page-nav">
      <ul>
        {sections.map((s) => (
          <li key={s.id}>
            <button type="button" className="in-page-link" onClick={() => go(s.id)}>
              {s.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
