/**
 * Form rules that check what a person typed before it goes to the core, with messages that say what is
 * wrong and what to type instead, in the UI's language. The core checks again (it is the authority);
 * these only spare a round trip and keep errors next to their field.
 */
import type { Rule } from 'antd/es/form/index.js';
import type { I18n } from '../i18n/I18n.tsx';
import { normalizeAmountText } from './amountText.ts';
import { checkCreditCode, checkMobile } from './identifiers.ts';

/** An amount in yuan as people write it (see amountText.ts); empty passes (required is separate). */
export function amountRule(t: I18n['t']): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const text = String(value ?? '').trim();
      if (!text) return;
      const checked = normalizeAmountText(text);
      if (checked.ok) return;
      throw new Error(t(`amount.${checked.problem}`, { value: text }));
    },
  };
}

/** A mainland mobile number; empty passes. */
export function mobileRule(t: I18n['t']): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const text = String(value ?? '').trim();
      if (!text) return;
      const checked = checkMobile(text);
      if (!checked.ok) throw new Error(t(`mobile.${checked.problem}`, { value: text }));
    },
  };
}

/** A 统一社会信用代码 with its check character; empty passes. */
export function creditCodeRule(t: I18n['t']): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const text = String(value ?? '').trim();
      if (!text) return;
      const checked = checkCreditCode(text);
      if (!checked.ok) throw new Error(t(`creditCode.${checked.problem}`, { value: text }));
    },
  };
}
