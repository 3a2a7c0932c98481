/**
 * Every message a bill import can show, in both languages, each saying what is wrong and what to
 * do. Written for a stressed person, not a developer: no stack traces, no "parse error at 0x1F".
 */
import type { LocalizedText } from '../domain/types.ts';

const t = (zh: string, en: string): LocalizedText => ({ zh, en });

const REEXPORT_ZH = '请重新从微信/支付宝导出账单，直接导入解压后的原始文件（不要用 Excel 打开后再保存）。';
const REEXPORT_EN =
  'Export the bill again from WeChat Pay / Alipay and import the unzipped original file (do not open and re-save it in Excel).';

export const billMessages = {
  fileEmpty: () => t(`文件是空的（0 字节）。${REEXPORT_ZH}`, `The file is empty (0 bytes). ${REEXPORT_EN}`),
  fileTooLarge: (mb: number) =>
    t(
      `文件太大（${mb} MB），不像是一份账单。请只导入微信/支付宝的账单文件。`,
      `The file is too large (${mb} MB) to be a bill. Import only the WeChat Pay / Alipay bill file.`,
    ),
  notText: (what: string | null) =>
    t(
      `这不是账单文件${what ? `，而是一个${what}文件` : '，而是二进制数据'}（可能被改了扩展名）。请选择微信支付的 .csv/.xlsx 或支付宝的 .csv 账单，或下载收到的 .zip 压缩包。`,
      `This is not a bill file${what ? ` but a ${what} file` : ' but binary data'} (perhaps renamed). Choose the WeChat Pay .csv/.xlsx or Alipay .csv bill, or the .zip you received.`,
    ),
  oldXls: () =>
    t(
      '这是旧版 Excel (.xls) 文件，不是平台导出的原始账单。请导入平台发来的原始 .csv 或 .xlsx 文件。',
      'This is an old Excel (.xls) file, not the bill the platform sent. Import the original .csv or .xlsx file.',
    ),
  encryptedOffice: () =>
    t(
      '这个 Excel 文件本身设了打开密码，无法读取。请在 Excel 中取消密码（或直接导入平台发来的原始文件）后再导入。',
      'This Excel file has its own open password and cannot be read. Remove the password in Excel (or import the original file the platform sent) and try again.',
    ),
  pdf: () =>
    t(
      'PDF 版的流水证明无法逐笔读取。请在微信支付/支付宝中导出“用于个人对账”的账单（CSV/Excel），再导入。',
      'A PDF statement cannot be read row by row. Export the bill "for personal reconciliation" (CSV/Excel) from WeChat Pay / Alipay and import that.',
    ),
  noHeader: () =>
    t(
      `没有找到微信支付或支付宝账单的表头（例如“交易时间,交易类型,…”）。这可能不是账单文件，或文件已被编辑。${REEXPORT_ZH}`,
      `Could not find the column header of a WeChat Pay or Alipay bill (e.g. "交易时间,交易类型,…"). This may not be a bill, or it was edited. ${REEXPORT_EN}`,
    ),
  missingColumns: (names: string) =>
    t(
      `账单缺少必要的列：${names}。文件可能被编辑过。${REEXPORT_ZH}`,
      `The bill lacks required columns: ${names}. The file may have been edited. ${REEXPORT_EN}`,
    ),
  headerDamaged: () =>
    t(
      `账单表头中有空白或无法识别的列名，文件可能被编辑或损坏（或平台改了格式），各列无法可靠对应，因此没有导入任何一行。${REEXPORT_ZH}`,
      `The bill's header has a blank or unknown column name among the known ones; the file was edited or damaged (or the platform changed its format) and the columns cannot be matched reliably, so no row was imported. ${REEXPORT_EN}`,
    ),
  moreProblems: (more: number, listed: number) =>
    t(
      `另有 ${more} 个问题未逐条列出（只列出前 ${listed} 个）。这么多行读不出来，通常说明文件不是平台导出的原始账单或已损坏。${REEXPORT_ZH}`,
      `${more} more problems are not listed one by one (only the first ${listed} are). So many unreadable rows usually mean the file is not the original export or is damaged. ${REEXPORT_EN}`,
    ),
  noRows: () =>
    t(
      '账单里没有任何交易记录（该时间段内没有交易）。请导出包含付款日期的时间段。',
      'The bill holds no transactions (none in its period). Export a period that includes the payment date.',
    ),
  tooFewFields: (got: number, want: number) =>
    t(
      `这一行只有 ${got} 列，应有 ${want} 列：文件可能被截断或被编辑过，这一行没有导入。${REEXPORT_ZH}`,
      `This row has only ${got} of ${want} columns: the file may be cut off or edited, so the row was not imported. ${REEXPORT_EN}`,
    ),
  rowIncomplete: () =>
    t(
      `这一行不完整（例如单号或备注被截断，导出文件从不这样写）：文件可能被截断或被编辑过，这一行没有导入。${REEXPORT_ZH}`,
      `This row is incomplete (e.g. an id or the note is cut short, which the export never writes): the file may be cut off or edited, so the row was not imported. ${REEXPORT_EN}`,
    ),
  unreadableChars: () =>
    t(
      `这一行含有无法识别的字符（文件已损坏），这一行没有导入。${REEXPORT_ZH}`,
      `This row holds unreadable characters (the file is damaged), so it was not imported. ${REEXPORT_EN}`,
    ),
  tooManyFields: (got: number, want: number) =>
    t(
      `这一行有 ${got} 列，应有 ${want} 列，无法确定各列的对应关系，这一行没有导入。请核对原始账单。`,
      `This row has ${got} columns instead of ${want}; the columns cannot be matched safely, so the row was not imported. Check the original bill.`,
    ),
  unterminatedQuote: () =>
    t(
      '这一行的引号不成对或位置异常：文件可能被截断、损坏或被编辑过，这一行没有导入。',
      'The quotes in this row do not pair up: the file may be cut off, damaged or edited, so the row was not imported.',
    ),
  badTime: (shown: string) =>
    t(
      `交易时间“${shown}”无法识别，这一行没有导入。请核对原始账单。`,
      `The time "${shown}" is not a valid date and time, so the row was not imported. Check the original bill.`,
    ),
  badAmount: (shown: string) =>
    t(
      `金额“${shown}”不是精确到分的金额，这一行没有导入。请核对原始账单。`,
      `The amount "${shown}" is not an amount exact to the fen, so the row was not imported. Check the original bill.`,
    ),
  amountUnusual: (shown: string) =>
    t(
      `金额“${shown}”的写法和平台导出的不同（应为两位小数，如 ¥28.16），可能被手动改过或截断。已按 ${shown} 导入，请与微信/支付宝中的账单详情核对。`,
      `The amount "${shown}" is not written the way the export writes amounts (two decimals, e.g. ¥28.16); it may have been edited or cut. It was imported as shown: compare it with the bill details in the app.`,
    ),
  idMangled: (column: string, shown: string) =>
    t(
      `${column}“${shown}”已被 Excel 改成了数字，后几位已经丢失，不能用于投诉。这一行保留了金额和时间，但${column}留空。请从原始压缩包重新导入（不要用 Excel 打开后保存）。`,
      `Excel turned this ${column} into a number ("${shown}") and its last digits are lost, so it cannot be used in a complaint. The row keeps its amount and time but the id is left blank. Re-import the original file from the zip (do not re-save it in Excel).`,
    ),
  idGarbled: (column: string, shown: string) =>
    t(
      `${column}“${shown}”含有单号中不会出现的字符，文件可能已损坏或被编辑过。这一行保留了金额和时间，但${column}留空。请从原始账单重新导入。`,
      `This ${column} ("${shown}") holds characters no platform id contains; the file may be damaged or edited. The row keeps its amount and time but the id is left blank. Re-import the original bill.`,
    ),
  txidMissing: (column: string) =>
    t(
      `这一行没有${column}。投诉需要${column}：请在微信“账单详情”中查看并手动补上。`,
      `This row has no ${column}. A complaint needs it: look it up in the app's bill details and add it by hand.`,
    ),
  zipNeedsPassword: () =>
    t(
      '压缩包有密码。请输入平台单独发给您的解压密码（微信支付：在“微信支付”公众号的消息里）。',
      'The zip is password-protected. Enter the unzip password the platform sent you separately (WeChat Pay: in a message from the 微信支付 official account).',
    ),
  zipWrongPassword: () =>
    t(
      '解压密码不正确。请核对平台发来的密码（注意大小写和全角/半角），再试一次。',
      'The unzip password is wrong. Check the password the platform sent (case, full-width vs half-width characters) and try again.',
    ),
  zipNoBill: (names: string) =>
    t(
      `压缩包里没有找到账单（.csv 或 .xlsx）。里面的文件：${names || '（无）'}。`,
      `No bill (.csv or .xlsx) was found in the zip. Its files: ${names || '(none)'}.`,
    ),
  zipOtherBills: (used: string, others: string) =>
    t(
      `压缩包里有多份账单，已读取“${used}”。其余的（${others}）请解压后分别导入。`,
      `The zip holds several bills; "${used}" was read. Unzip it and import the others (${others}) one by one.`,
    ),
  zipUnreadable: () =>
    t(
      '压缩包已损坏或不完整（可能下载中断）。请重新下载后再导入。',
      'The zip is damaged or incomplete (perhaps the download was interrupted). Download it again and retry.',
    ),
  zipUnsupported: () =>
    t(
      '无法用此方式解压这个压缩包。请先用 7-Zip 或系统自带工具解压，再导入里面的账单文件。',
      'This zip uses a method we cannot unpack. Unzip it with 7-Zip or your system tool, then import the bill inside.',
    ),
  unpackTooLarge: (entry: string, limitMb: number) =>
    t(
      `其中的“${entry}”解压后会超过 ${limitMb} MB，任何账单都没有这么大（可能是恶意构造的压缩包），因此没有解压。请只导入微信/支付宝发来的账单压缩包或账单文件。`,
      `"${entry}" inside would unpack to more than ${limitMb} MB, which no bill does (the archive may be built to exhaust memory), so it was not unpacked. Import only the bill zip or bill file WeChat Pay / Alipay sent.`,
    ),
  unpackTooCompressed: (entry: string, ratio: number) =>
    t(
      `其中的“${entry}”压缩比高达 ${ratio}:1，真实账单不会这样（可能是恶意构造的压缩包），因此没有解压。请只导入微信/支付宝发来的账单压缩包或账单文件。`,
      `"${entry}" inside is compressed ${ratio}:1, which no real bill is (the archive may be built to exhaust memory), so it was not unpacked. Import only the bill zip or bill file WeChat Pay / Alipay sent.`,
    ),
  unpackArchiveTooLarge: (entry: string, limitMb: number) =>
    t(
      `解压到“${entry}”时，整个文件解压后的总量已超过 ${limitMb} MB，任何账单都没有这么大，因此停止解压。请只导入微信/支付宝发来的账单压缩包或账单文件。`,
      `When it reached "${entry}", the file had unpacked to more than ${limitMb} MB in total, which no bill does, so unpacking stopped. Import only the bill zip or bill file WeChat Pay / Alipay sent.`,
    ),
  zipTooManyEntries: (max: number) =>
    t(
      `压缩包里的文件超过 ${max} 个，不像是账单压缩包，因此没有读取。请解压后只导入其中的账单文件。`,
      `The zip holds more than ${max} files, which no bill zip does, so it was not read. Unzip it and import only the bill file.`,
    ),
  zipEntryDamaged: (entry: string) =>
    t(
      `其中的“${entry}”已损坏（解压出的内容与压缩包记录的大小或校验值不符）。请重新下载后再导入。`,
      `"${entry}" inside is damaged (what it unpacks to does not match the size or checksum the archive records). Download it again and retry.`,
    ),
  xlsxUnreadable: () =>
    t(
      `这个 Excel 文件已损坏或不完整，无法读取。${REEXPORT_ZH}`,
      `This Excel file is damaged or incomplete and cannot be read. ${REEXPORT_EN}`,
    ),
  unexpected: (detail: string) =>
    t(
      `读取账单时发生了意外错误（${detail}）。文件没有被修改。请重试；如果仍然失败，请重新导出账单。`,
      `An unexpected problem stopped reading the bill (${detail}). The file was not changed. Try again; if it still fails, export the bill again.`,
    ),
} as const;
