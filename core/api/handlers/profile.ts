import { getProfile, updateProfile } from '../../../db/queries/profile.ts';
import type { profileSchemas } from '../schemas/profile.ts';
import type { HandlerMap } from '../context.ts';

export const profileHandlers: HandlerMap<keyof typeof profileSchemas> = {
  'profile.get': (ctx) => getProfile(ctx.vault().db),
  'profile.update': (ctx, patch) => updateProfile(ctx.vault().db, patch),
};
