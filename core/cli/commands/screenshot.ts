import type { Command } from 'commander';
import { PAYMENT_FIELDS } from '../../ocr/types.ts';
import { runMethod } from '../runMethod.ts';
import type { ScreenshotReading } from '../../api/schemas/ocr.ts';

/** Every field key present (null when not read), so a script can rely on the shape. */
function project(readings: ScreenshotReading[]) {
  return readings.map((r) => ({
    file: r.file,
    platform: r.platform,
    fields: Object.fromEntries(PAYMENT_FIELDS.map((f) => [f, r.fields[f] ?? null])),
    uncertain: r.uncertain,
    text: r.text,
    ...(r.error ? { error: r.error } : {}),
  }));
}

function human(readings: ReturnType<typeof project>): string {
  return readings
    .map((r) => {
      if (r.error) return `${r.file}\n  错误 Error: ${r.error.message.zh} / ${r.error.message.en}`;
      const head = `${r.file} — ${r.platform ?? '不是付款截图 not a payment screen'}`;
      const rows = Object.entries(r.fields)
        .filter(([, v]) => v !== null)
        .map(
          ([k, v]) => `  ${k}: ${String(v)}${r.uncertain.includes(k as never) ? '  (待核对 uncertain)' : ''}`,
        );
      return [head, ...rows].join('\n');
    })
    .join('\n');
}

export function registerScreenshot(program: Command): void {
  const group = program.command('screenshot').description('read screenshots (OCR, offline) / 识别截图');
  group
    .command('show <files...>')
    .description(
      'read payment screenshots (WeChat / Alipay 账单详情) without storing anything; --json prints one array / 识别截图（不保存）',
    )
    .action(async (files: string[], _o, cmd: Command) =>
      runMethod(cmd, 'screenshot.read', { paths: files }, { project, human }),
    );
}
