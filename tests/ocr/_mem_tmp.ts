import { WorkerPool } from '../../core/ocr/engine/workerPool.ts';
import { recognizeImage } from '../../core/ocr/engine/recognizeImage.ts';
import { renderPaymentScreen, sampleScreens } from './paymentScreens.ts';
import { writeFileSync } from 'node:fs';
const mb = () => { (globalThis as {gc?: () => void}).gc?.(); const m = process.memoryUsage(); return `rss ${(m.rss/1e6).toFixed(0)} ext ${(m.external/1e6).toFixed(0)} ab ${(m.arrayBuffers/1e6).toFixed(0)} heap ${(m.heapUsed/1e6).toFixed(0)} maxrss ${(process.resourceUsage().maxRSS/1024).toFixed(0)}`; };
const specs = sampleScreens();
const files: string[] = [];
for (let i = 0; i < 4; i++) { const f = `/tmp/ocrui/m${i}.png`; writeFileSync(f, await renderPaymentScreen({ ...specs[i]!, width: 1440 })); files.push(f); }
console.log('after render', mb());
const pool = new WorkerPool({ maxWorkers: Number(process.argv[2] ?? 1) });
await recognizeImage(files[0]!, 'a', { pool });
console.log('1 image', mb());
await Promise.all(files.map((f) => recognizeImage(f, 'a', { pool })));
console.log('4 more', mb(), 'workers', pool.size);
await pool.close();
console.log('closed', mb());
