/**
 * 第 N 页 / 共 M 页 in the footer of every page. The total is only known at the end, so pages are
 * buffered (bufferPages) and stamped once everything is laid out.
 */
import { commonWording } from './wording.ts';
import { fill } from './format.ts';
import { SIZE, type Typesetter } from './typesetter.ts';

export function stampPageNumbers(ts: Typesetter): number {
  const { doc } = ts;
  const range = doc.bufferedPageRange();
  const total = range.count;
  for (let i = range.start; i < range.start + total; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would make pdfkit open a new page; lift the margin for the stamp.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - bottom / 2 - SIZE.footer / 2;
    ts.use(SIZE.footer).doc.text(fill(commonWording().pageNumber, { n: i + 1, m: total }), ts.left, y, {
      width: ts.width,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
  return total;
}
