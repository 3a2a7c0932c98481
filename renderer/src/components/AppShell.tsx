/** The frame around every screen: the side menu, the title bar with the language switch. */
import { BookOutlined, FolderOpenOutlined, IdcardOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18n.tsx';
import { navigate, type Route } from '../router.ts';
import { ConnectionNotice } from './ConnectionNotice.tsx';
import { SearchBox } from '../search/SearchBox.tsx';
import { VaultLockNotice } from './VaultLockNotice.tsx';

function selectedKey(route: Route): string {
  if (route.name === 'case' || route.name === 'cases' || route.name === 'welcome' || route.name === 'trash')
    return 'cases';
  return route.name;
}

export function AppShell({ route, children }: { route: Route; children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  // Below 1200 px the menu folds to icons, so a 1024-pixel window keeps its width for the case.
  const [narrow, setNarrow] = useState(false);
  const items = [
    { key: 'cases', icon: <FolderOpenOutlined />, label: t('nav.cases') },
    { key: 'guide', icon: <BookOutlined />, label: t('nav.guide') },
    { key: 'profile', icon: <IdcardOutlined />, label: t('nav.profile') },
    { key: 'settings', icon: <SettingOutlined />, label: t('nav.settings') },
  ];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        width={200}
        collapsedWidth={64}
        breakpoint="xl"
        collapsed={narrow}
        onBreakpoint={setNarrow}
        trigger={null}
        theme="light"
        style={{ borderRight: '1px solid #f0f0f0' }}
      >
        <div style={{ padding: narrow ? '16px 8px' : '16px 20px' }}>
          <Typography.Title
            level={1}
            style={{ fontSize: narrow ? 13 : 17, margin: 0, textAlign: narrow ? 'center' : undefined }}
          >
            {narrow ? <span title={t('appName')}>{t('appShortName')}</span> : t('appName')}
          </Typography.Title>
        </div>
        <nav aria-label={t('nav.main')}>
          <Menu
            mode="inline"
            selectedKeys={[selectedKey(route)]}
            items={items}
            onClick={({ key }) => navigate(key === 'cases' ? '/' : `/${key}`)}
            style={{ borderInlineEnd: 'none' }}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 24px',
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'center',
            gap: 16,
            borderBottom: '1px solid #f0f0f0',
            height: 48,
          }}
        >
          <SearchBox width={narrow ? 220 : 300} />
          <Button
            onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
            title={t('lang.label')}
            lang={lang === 'zh' ? 'en' : 'zh-CN'}
          >
            {t('lang.switch')}
          </Button>
        </Layout.Header>
        <Layout.Content style={{ padding: narrow ? 16 : 24, minWidth: 0 }}>
          <main>
            <VaultLockNotice />
            <ConnectionNotice>{children}</ConnectionNotice>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
