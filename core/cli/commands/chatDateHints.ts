/** --year / --date as chat.parse and chat.import take them; shared by `chat show` and `chat import`. */

export interface DateHintOptions {
  year?: string;
  date?: string;
}

/** A --year that is no number is passed on as NaN so the schema names the field. */
export function dateHints(o: DateHintOptions): { year?: number; date?: string } {
  return {
    ...(o.year !== undefined ? { year: Number(o.year) } : {}),
    ...(o.date !== undefined ? { date: o.date } : {}),
  };
}
