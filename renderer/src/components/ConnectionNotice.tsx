/**
 * What the page says when it lost its core (browser mode): the server stopped — a banner over the
 * screen, which stays readable, with a reconnect button; the session token is stale — the screen
 * itself is replaced, since nothing on it can work until the new address is opened.
 */
import { Alert, Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { CONNECTION_MESSAGES, useConnectionProblem } from '../api/connection.ts';
import { useI18n } from '../i18n/I18n.tsx';

export function ConnectionNotice({ children }: { children: ReactNode }) {
  const { t, pick } = useI18n();
  const problem = useConnectionProblem();
  if (problem === 'session-expired')
    return (
      <Result
        status="warning"
        data-testid="session-expired"
        title={t('connection.expiredTitle')}
        subTitle={pick(CONNECTION_MESSAGES['session-expired'])}
      />
    );
  return (
    <>
      {problem === 'server-gone' && (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="server-gone"
          style={{ marginBottom: 16 }}
          message={t('connection.goneTitle')}
          description={pick(CONNECTION_MESSAGES['server-gone'])}
          action={
            // The token is kept for this tab, so a reload reconnects to a server restarted on the same port.
            <Button size="small" onClick={() => window.location.reload()}>
              {t('connection.reload')}
            </Button>
          }
        />
      )}
      {children}
    </>
  );
}
