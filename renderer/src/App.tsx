import { App as AntApp, ConfigProvider } from 'antd';
import type { Locale } from 'antd/es/locale/index.js';
import enUSModule from 'antd/es/locale/en_US.js';
import zhCNModule from 'antd/es/locale/zh_CN.js';
import { AppShell } from './components/AppShell.tsx';
import { I18nProvider, useI18n } from './i18n/I18n.tsx';
import { useRoute } from './router.ts';
import { CaseScreen } from './screens/CaseScreen.tsx';
import { CasesScreen } from './screens/CasesScreen.tsx';
import { GuideScreen } from './screens/GuideScreen.tsx';
import { ProfileScreen } from './screens/ProfileScreen.tsx';
import { SettingsScreen } from './screens/SettingsScreen.tsx';
import { TrashScreen } from './trash/TrashScreen.tsx';
import { WelcomeScreen } from './screens/WelcomeScreen.tsx';

// antd ships these as ES modules without "type": "module", so TypeScript sees a CommonJS wrapper while
// Vite hands over the locale itself; accept both shapes.
const unwrap = (m: unknown): Locale => (m as { default?: Locale }).default ?? (m as Locale);
const zhCN = unwrap(zhCNModule);
const enUS = unwrap(enUSModule);

function Screens() {
  const route = useRoute();
  const { lang } = useI18n();
  let screen;
  switch (route.name) {
    case 'welcome':
      screen = <WelcomeScreen />;
      break;
    case 'case':
      screen = <CaseScreen key={route.id} caseId={route.id} tab={route.tab} />;
      break;
    case 'guide':
      screen = <GuideScreen anchor={route.anchor} />;
      break;
    case 'profile':
      screen = <ProfileScreen focus={route.focus} />;
      break;
    case 'trash':
      screen = <TrashScreen />;
      break;
    case 'settings':
      screen = <SettingsScreen />;
      break;
    default:
      screen = <CasesScreen />;
  }
  return (
    <ConfigProvider
      locale={lang === 'en' ? enUS : zhCN}
      // antd spaces out two-character Chinese buttons (保 存); screen readers then read two words.
      button={{ autoInsertSpace: false }}
      // A darker primary than antd's default so text on it passes WCAG AA contrast.
      theme={{
        token: {
          colorPrimary: '#0958d9',
          colorInfo: '#0958d9',
          colorLink: '#0958d9',
          colorPrimaryHover: '#003eb3',
          colorLinkHover: '#003eb3',
          // antd's #ff4d4f on white is 3.3:1; danger buttons (删除案件, 止付) need 4.5:1.
          colorError: '#cf1322',
          colorErrorHover: '#a8071a',
          colorTextDescription: 'rgba(0,0,0,0.65)',
          colorTextTertiary: 'rgba(0,0,0,0.6)',
        },
      }}
    >
      <AntApp>
        <AppShell route={route}>{screen}</AppShell>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Screens />
    </I18nProvider>
  );
}
