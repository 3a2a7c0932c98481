/**
 * Language state: zh-CN first, English switchable, remembered in localStorage.
 * t(key, params) fills {placeholders}; pick(text) chooses a LocalizedText from the core.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { LocalizedText } from '../../../core/domain/types.ts';
import { en } from './en.ts';
import { zh, type MessageKey } from './zh.ts';

export type Lang = 'zh' | 'en';

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  pick(text: LocalizedText | undefined): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLang(): Lang {
  return localStorage.getItem('payproof.lang') === 'en' ? 'en' : 'zh';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const value = useMemo<I18n>(() => {
    const table: Record<MessageKey, string> = lang === 'en' ? en : zh;
    return {
      lang,
      setLang(next) {
        localStorage.setItem('payproof.lang', next);
        document.documentElement.lang = next === 'en' ? 'en' : 'zh-CN';
        setLangState(next);
      },
      t(key, params = {}) {
        return table[key].replace(/\{(\w+)\}/g, (whole, k: string) =>
          k in params ? String(params[k]) : whole,
        );
      },
      pick(text) {
        return text ? text[lang] || text.zh : '';
      },
    };
  }, [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
