/** What bill.import says about rows it did not import, and about picks it could not find. */
import type { LocalizedText } from '../../domain/types.ts';

const t = (zh: string, en: string): LocalizedText => ({ zh, en });

/** "第 3、7、9 行" / "rows 3, 7, 9", with how many more when only the first rows are named. */
const rowsZh = (rows: readonly number[], count: number): string =>
  `第 ${rows.join('、')} 行${count > rows.length ? `等 ${count} 行` : ''}`;
const rowsEn = (rows: readonly number[], count: number): string =>
  `${rows.length === 1 ? 'row' : 'rows'} ${rows.join(', ')}${count > rows.length ? ` and ${count - rows.length} more` : ''}`;

export const billImportMessages = {
  duplicateTxid: (txid: string, id: number) =>
    t(
      `交易单号 ${txid} 已是本案的付款 #${id}，没有重复导入。`,
      `交易单号 ${txid} is already payment #${id} of this case; not imported again.`,
    ),
  duplicateMerchantOrder: (mo: string, id: number) =>
    t(
      `商户单号 ${mo} 已属于本案的付款 #${id}，没有重复导入。如果这其实是另一笔付款，请手动添加。`,
      `商户单号 ${mo} already belongs to payment #${id} of this case; not imported again. If it really is another payment, add it by hand.`,
    ),
  repeatedInBill: (row: number) =>
    t(
      `与本账单第 ${row} 行的单号相同，只导入一次。`,
      `Same id as row ${row} of this bill; imported once only.`,
    ),
  untrustedId: () =>
    t(
      '这一行的交易单号无法使用（原因见错误列表），没有导入。请在微信/支付宝的账单详情中核对后手动添加。',
      'This row has no usable 交易单号 (see the errors for why), so it was not imported. Check it in the app’s bill details and add it by hand.',
    ),
  // Several rows skipped for one reason: one message with the count and the first rows.
  duplicateTxidRows: (count: number, rows: readonly number[]) =>
    t(
      `${count} 行的交易单号已是本案的付款，没有重复导入：${rowsZh(rows, count)}。`,
      `${count} rows have a 交易单号 that is already a payment of this case; not imported again: ${rowsEn(rows, count)}.`,
    ),
  duplicateMerchantOrderRows: (count: number, rows: readonly number[]) =>
    t(
      `${count} 行的商户单号已属于本案的付款，没有重复导入：${rowsZh(rows, count)}。如果其中有其实是另一笔的付款，请手动添加。`,
      `${count} rows have a 商户单号 that already belongs to a payment of this case; not imported again: ${rowsEn(rows, count)}. If one really is another payment, add it by hand.`,
    ),
  repeatedInBillRows: (count: number, rows: readonly number[]) =>
    t(
      `${count} 行与本账单中更早一行的单号相同，只导入一次：${rowsZh(rows, count)}。`,
      `${count} rows have the same id as an earlier row of this bill; imported once only: ${rowsEn(rows, count)}.`,
    ),
  untrustedIdRows: (count: number, rows: readonly number[]) =>
    t(
      `${count} 行的交易单号无法使用（原因见错误列表），没有导入：${rowsZh(rows, count)}。请在微信/支付宝的账单详情中核对后手动添加。`,
      `${count} rows have no usable 交易单号 (see the errors for why), so they were not imported: ${rowsEn(rows, count)}. Check them in the app’s bill details and add them by hand.`,
    ),
  pickNotInBill: (txid: string) =>
    t(`交易单号 ${txid} 不在这份账单里，请核对。`, `交易单号 ${txid} is not in this bill; check it.`),
  rowNotInBill: (row: number) =>
    t(
      `第 ${row} 行不是这份账单中可导入的交易行。`,
      `Row ${row} is not an importable transaction row of this bill.`,
    ),
};
