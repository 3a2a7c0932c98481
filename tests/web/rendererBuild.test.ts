/** `npm run web` skips the Vite build only while renderer/dist is newer than every source it is built from. */
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererBuildIsCurrent } from '../../core/web/rendererBuild.ts';

function repo(): { root: string; touch(rel: string, secondsAgo: number): void } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'payproof-build-'));
  const touch = (rel: string, secondsAgo: number) => {
    const file = path.join(root, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, rel);
    const t = Date.now() / 1000 - secondsAgo;
    utimesSync(file, t, t);
  };
  return { root, touch };
}

describe('renderer build freshness', () => {
  it('is stale with no build at all', () => {
    const { root, touch } = repo();
    touch('renderer/src/App.tsx', 100);
    expect(rendererBuildIsCurrent(root)).toBe(false);
  });

  it('is current when the build is newer than the renderer, core, templates and lockfile', () => {
    const { root, touch } = repo();
    touch('renderer/src/App.tsx', 100);
    touch('core/money.ts', 100);
    touch('templates/rules/routes.json', 100);
    touch('package-lock.json', 100);
    touch('renderer/dist/index.html', 10);
    expect(rendererBuildIsCurrent(root)).toBe(true);
  });

  it.each(['renderer/src/case/New.tsx', 'core/money.ts', 'templates/rules/facts.json', 'package-lock.json'])(
    'is stale once %s changes after the build',
    (changed) => {
      const { root, touch } = repo();
      touch('renderer/src/App.tsx', 100);
      touch('renderer/dist/index.html', 50);
      touch(changed, 1);
      expect(rendererBuildIsCurrent(root)).toBe(false);
    },
  );

  it('ignores node_modules and the build output itself', () => {
    const { root, touch } = repo();
    touch('renderer/src/App.tsx', 100);
    touch('renderer/dist/index.html', 50);
    touch('renderer/dist/assets/app.js', 1);
    touch('core/node_modules/x/index.js', 1);
    expect(rendererBuildIsCurrent(root)).toBe(true);
  });
});
