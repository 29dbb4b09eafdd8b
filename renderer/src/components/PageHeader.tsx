import type { ReactNode } from 'react';

export function PageHeader({ title, lead, actions }: { title: string; lead?: string | undefined; actions?: ReactNode }) {
  return (
    <header className="page-header">
      <div>
        {/* tabIndex −1: focus lands here on every route change (use-focus-heading.ts). */}
        <h1 tabIndex={-1}>{title}</h1>
        {lead && <p className="page-lead">{lead}</p>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </header>
  );
}
