import type { ReactNode } from 'react';

export function PageHeader({ title, lead, actions }: { title: string; lead?: string | undefined; actions?: ReactNode }) {
  return (
    <header className="page-header">
      <div>
        <h1>{title}</h1>
        {lead && <p className="page-lead">{lead}</p>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </header>
  );
}
