/** The text of a PDF the page downloaded, as pdftotext reads it (what a court clerk's copy would say). */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export async function pdfText(file: string): Promise<string> {
  const { stdout } = await promisify(execFile)('pdftotext', [file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}
