/**
 * Links refund rows to the payment they refund, only where the platform's ids say so (FORMATS.md):
 *   - WeChat: a transfer refund's 交易单号 equals the original row's 商户单号. Merchant refunds carry
 *     no link, so they stay unlinked rather than being guessed by amount or time.
 *   - Alipay: the refund's 交易订单号 is '<original 交易订单号>_<suffix>' and the amounts are equal.
 * A link is made only when exactly one row qualifies. Works incrementally (observe each row, then
 * ask for the links) so a streaming import can apply them after its last insert.
 */
import type { BillPlatform, BillRow } from './types.ts';

export function isRefundRow(row: Pick<BillRow, 'type' | 'item' | 'status'>, platform: BillPlatform): boolean {
  if (platform === 'wechat') return row.type.endsWith('退款');
  return row.type === '退款' || row.item.startsWith('退款-') || row.status === '退款成功';
}

interface PendingRefund {
  row: number;
  txid: string;
  amountFen: number;
}

export class RefundLinker {
  // Refunds are few and originals many: per row we only append to flat arrays (no hashing), and
  // the lookup structures are built over the refunds alone when links() is called.
  private readonly keys: string[] = [];
  private readonly txids: string[] = [];
  private readonly amounts: number[] = [];
  private readonly refunds: PendingRefund[] = [];

  constructor(private readonly platform: BillPlatform) {}

  observe(row: BillRow): void {
    if (row.txid === '') return;
    if (isRefundRow(row, this.platform)) {
      this.refunds.push({ row: row.row, txid: row.txid, amountFen: row.amountFen });
    } else if (this.platform === 'wechat') {
      if (row.merchantOrderId) {
        this.keys.push(row.merchantOrderId);
        this.txids.push(row.txid);
      }
    } else {
      this.keys.push(row.txid);
      this.amounts.push(row.amountFen);
    }
  }

  /** Row number of each linked refund row → the 交易单号 it refunds. */
  links(): Map<number, string> {
    // Candidate key → the refunds that would link through it.
    const wanted = new Map<string, PendingRefund[]>();
    const want = (key: string, r: PendingRefund): void => {
      const list = wanted.get(key);
      if (list) list.push(r);
      else wanted.set(key, [r]);
    };
    for (const r of this.refunds) {
      if (this.platform === 'wechat') want(r.txid, r);
      else
        for (let i = r.txid.indexOf('_'); i > 0; i = r.txid.indexOf('_', i + 1)) want(r.txid.slice(0, i), r);
    }
    const found = new Map<PendingRefund, string[]>();
    if (wanted.size > 0) {
      for (let i = 0; i < this.keys.length; i++) {
        const key = this.keys[i] as string;
        const refunds = wanted.get(key);
        if (!refunds) continue;
        for (const r of refunds) {
          if (this.platform === 'alipay' && this.amounts[i] !== r.amountFen) continue;
          const target = this.platform === 'wechat' ? (this.txids[i] as string) : key;
          const list = found.get(r);
          if (list) list.push(target);
          else found.set(r, [target]);
        }
      }
    }
    const out = new Map<number, string>();
    // Exactly one qualifying original, or no link at all.
    for (const [r, targets] of found)
      if (targets.length === 1 && targets[0] !== undefined) out.set(r.row, targets[0]);
    return out;
  }
}
