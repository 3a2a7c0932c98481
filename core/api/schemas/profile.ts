import { z } from 'zod';
import type { Profile } from '../../domain/types.ts';
import { text } from './common.ts';
import { emailText, idNumberText, mobileText } from './inputs.ts';

export const profileSchemas = {
  'profile.get': z.object({}).default({}),
  'profile.update': z
    .object({
      name: text(100),
      /** 18-character 身份证号 (GB 11643 check digit, a real birth date), a passport number, or '' to clear. */
      idNumber: idNumberText,
      /** The person's mobile (11 digits, 1[3-9]…), or '' to clear. */
      phone: mobileText,
      address: text(300),
      ethnicity: text(20),
      employer: text(200),
      residence: text(300),
      email: emailText,
    })
    .partial(),
};

export interface ProfileResults {
  'profile.get': Profile;
  'profile.update': Profile;
}
