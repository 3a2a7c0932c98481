/** Screenshots (test-results/screenshots/, 1280×800) and axe scans of each screen the e2e test visits. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { repoRoot } from './harness.ts';

export const screenshotDir = path.join(repoRoot, 'test-results', 'screenshots');

/** Wait for antd's toasts to go and its motion to settle, so pictures and scans see the resting screen. */
export async function settle(page: Page): Promise<void> {
  await page
    .locator('.ant-message-notice')
    .first()
    .waitFor({ state: 'detached', timeout: 8000 })
    .catch(() => undefined);
  // antd opens dialogs with a zoom from opacity 0 (rc-motion's *-appear/-enter classes): Playwright
  // already calls such a dialog visible, so a picture taken then shows the mask and no dialog.
  await page
    .waitForFunction(
      () =>
        !document.querySelector(
          '[class*="-appear-active"], [class*="-enter-active"], [class*="-leave-active"]',
        ),
      null,
      { timeout: 8000 },
    )
    .catch(() => undefined);
  await page.waitForTimeout(400);
}

export async function shoot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  await settle(page);
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

export interface AxeFinding {
  screen: string;
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Serious and critical axe violations on the current screen. */
export async function axeSerious(page: Page, screen: string): Promise<AxeFinding[]> {
  await settle(page);
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      screen,
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
}
