/** What bill.import says about rows it did not import, and about picks it could not find. */
import type { LocalizedText } from '../../domain/types.ts';

const t = (zh: string, en: string): LocalizedText => ({ zh, en });

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
  pickNotInBill: (txid: string) =>
    t(`交易单号 ${txid} 不在这份账单里，请核对。`, `交易单号 ${txid} is not in this bill; check it.`),
  rowNotInBill: (row: number) =>
    t(
      `第 ${row} 行不是这份账单中可导入的交易行。`,
      `Row ${row} is not an importable transaction row of this bill.`,
    ),
};
