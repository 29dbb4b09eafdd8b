import { useTranslation } from 'react-i18next';
import { Link, Redirect, Route, Switch } from 'wouter';
import { registerKinds, type RegisterKind } from '../../../../shared/registers/fields';
import { PageHeader } from '../../components/PageHeader';
import { RegisterView } from './RegisterView';
import { useRegisters } from './use-registers';
import './registers.css';

const isKind = (value: string): value is RegisterKind => (registerKinds as readonly string[]).includes(value);

/** 台帳: one tab (sub-path) per register, /registers/devices first. */
export function RegistersPage() {
  const { t } = useTranslation('registers');
  const registers = useRegisters();
  return (
    <div className="page registers-page">
      <PageHeader title={t('title')} lead={t('lead')} />
      <Switch>
        <Route path="/:kind">
          {({ kind }) =>
            isKind(kind) ? (
              <>
                <nav className="register-tabs" aria-label={t('tabsLabel')}>
                  {registerKinds.map((k) => (
                    <Link key={k} href={`/${k}`} className={`button ${k === kind ? 'button-primary' : 'button-secondary'}`} aria-current={k === kind ? 'page' : undefined}>
                      {t(`kinds.${k}`)} ({registers.data?.[k].length ?? 0})
                    </Link>
                  ))}
                </nav>
                <h2 className="register-title">{t(`kinds.${kind}`)}</h2>
                <RegisterView key={kind} kind={kind} registers={registers.data} />
              </>
            ) : (
              <Redirect to="/devices" replace />
            )
          }
        </Route>
        <Route>
          <Redirect to="/devices" replace />
        </Route>
      </Switch>
    </div>
  );
}
