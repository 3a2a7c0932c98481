import { z } from 'zod';
import type { Profile } from '../../domain/types.ts';
import { text } from './common.ts';

export const profileSchemas = {
  'profile.get': z.object({}).default({}),
  'profile.update': z
    .object({
      name: text(100),
      idNumber: z
        .string()
        .trim()
        .toUpperCase()
        .refine(
          (v) => v === '' || /^(\d{17}[\dX]|[A-Z0-9()（）-]{6,30})$/.test(v),
          'an 18-character 身份证号 (or a passport number)',
        ),
      phone: text(40),
      address: text(300),
      ethnicity: text(20),
      employer: text(200),
      residence: text(300),
      email: text(200),
    })
    .partial(),
};

export interface ProfileResults {
  'profile.get': Profile;
  'profile.update': Profile;
}
