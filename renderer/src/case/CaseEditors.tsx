/**
 * One way for any part of the case page (the checklist, the documents tab, the header) to open the
 * form that fills something: `useOpenEditor()(target)`. The case page owns the dialogs; profile goes to
 * its own screen, evidence to its tab.
 */
import { createContext, useContext } from 'react';
import type { FillTarget } from './fillTargets.ts';

export const OpenEditorContext = createContext<((target: FillTarget) => void) | null>(null);

export function useOpenEditor(): ((target: FillTarget) => void) | null {
  return useContext(OpenEditorContext);
}
