/**
 * Every message a chat import can show, in both languages, each saying what is wrong and what to do.
 * Written for a person in a bad week, not a developer.
 */
import type { LocalizedText } from '../domain/types.ts';

const t = (zh: string, en: string): LocalizedText => ({ zh, en });

const REEXPORT_ZH =
  '请用导出工具重新导出聊天记录，直接选择导出的原始文件（不要用 Excel 或记事本编辑后再保存）。';
const REEXPORT_EN =
  'Export the chat again with your export tool and choose the original file it wrote (do not edit and re-save it in Excel or a text editor).';
const FORMATS_ZH =
  '支持：留痕 MemoTrace（CSV/TXT/HTML）、chatlog（CSV/JSON/文字）、PyWxDump CSV、WechatExporter TXT，以及从电脑版微信复制的文字。';
const FORMATS_EN =
  'Supported: MemoTrace (CSV/TXT/HTML), chatlog (CSV/JSON/text), PyWxDump CSV, WechatExporter TXT, and text copied from WeChat for PC.';

export const chatMessages = {
  fileEmpty: () =>
    t(
      `文件是空的（0 字节），没有聊天记录。${REEXPORT_ZH}`,
      `The file is empty (0 bytes): no chat in it. ${REEXPORT_EN}`,
    ),
  notText: () =>
    t(
      `这不是文字格式的聊天记录，而是二进制数据（图片、数据库或压缩包？）。${FORMATS_ZH}`,
      `This is not a chat export but binary data (an image, a database or an archive?). ${FORMATS_EN}`,
    ),
  notChat: () =>
    t(
      `没有认出聊天记录的格式（开头几行不像任何已知导出工具的表头或消息）。${FORMATS_ZH}`,
      `Could not recognise a chat export (the first lines match no known exporter's header or messages). ${FORMATS_EN}`,
    ),
  noMessages: () =>
    t(
      `格式认出来了，但里面没有任何消息。请确认导出时选对了联系人和时间段。`,
      `The format was recognised but the file holds no messages. Check that you exported the right contact and period.`,
    ),
  badTime: (value: string) =>
    t(
      `这一条消息的时间“${value}”无法识别，已跳过。${REEXPORT_ZH}`,
      `This message's time "${value}" cannot be read; it was skipped. ${REEXPORT_EN}`,
    ),
  tooFewFields: (got: number, want: number) =>
    t(
      `这一行只有 ${got} 列（应有 ${want} 列），可能被截断或编辑过，已跳过。${REEXPORT_ZH}`,
      `This line has ${got} columns instead of ${want}; it may be cut off or edited, and was skipped. ${REEXPORT_EN}`,
    ),
  missingColumns: (names: string) =>
    t(
      `表头缺少必要的列：${names}，文件可能被编辑过。${REEXPORT_ZH}`,
      `The header lacks required columns: ${names}; the file may have been edited. ${REEXPORT_EN}`,
    ),
  csvBroken: () =>
    t(
      `从这一行起文件无法再按 CSV 读取（引号未闭合或一条记录过长），其后的内容没有读取。${REEXPORT_ZH}`,
      `From this line on the file cannot be read as CSV (an unclosed quote or an over-long record); nothing after it was read. ${REEXPORT_EN}`,
    ),
  lineTooLong: (maxChars: number) =>
    t(
      `这一行超过 ${maxChars} 个字符，不像聊天记录，已跳过。${REEXPORT_ZH}`,
      `This line is longer than ${maxChars} characters, which no chat export writes; it was skipped. ${REEXPORT_EN}`,
    ),
  orphanText: () =>
    t(
      `这一行前面没有发送人和时间，无法归到某条消息，已跳过。文件开头可能被删掉了一部分。`,
      `This line has no sender and time before it, so it belongs to no message and was skipped. The start of the file may have been cut.`,
    ),
  htmlNoArray: () =>
    t(
      `这是网页文件，但里面没有留痕导出的消息列表（const chatMessages = [ … ]）。${FORMATS_ZH}`,
      `This is a web page but holds no MemoTrace message list (const chatMessages = [ … ]). ${FORMATS_EN}`,
    ),
  htmlUnterminated: () =>
    t(
      `消息列表从这一行开始，但没有结尾（文件可能不完整），只读取了完整的消息。${REEXPORT_ZH}`,
      `The message list starting on this line never ends (the file may be incomplete); only complete messages were read. ${REEXPORT_EN}`,
    ),
  htmlBadLiteral: () =>
    t(
      `这一条消息的数据无法读取（格式损坏），已跳过，其余消息照常读取。${REEXPORT_ZH}`,
      `This message's data cannot be read (damaged); it was skipped and the others were read as usual. ${REEXPORT_EN}`,
    ),
  jsonTooLong: (maxChars: number) =>
    t(
      `从这一行开始的一条消息超过 ${maxChars} 个字符，不像聊天记录，其后的内容没有读取。${REEXPORT_ZH}`,
      `The message starting on this line is longer than ${maxChars} characters, which no chat export writes; nothing after it was read. ${REEXPORT_EN}`,
    ),
  needYear: (sample: string) =>
    t(
      `这份 chatlog 文字记录的时间只有月日（如“${sample}”），没有年份，文件里也没有别处写明年份。请告诉我们聊天发生在哪一年（命令行加 --year 2024；界面里选择年份），我们不会猜。`,
      `This chatlog text export prints times without a year (e.g. "${sample}") and nothing else in the file says which year. Tell us the year of the chat (--year 2024 on the command line; pick it in the app): we will not guess it.`,
    ),
  needDate: (sample: string) =>
    t(
      `这份 chatlog 文字记录的时间只有时分秒（如“${sample}”），是某一天的记录，但文件里没有写是哪一天。请告诉我们日期（命令行加 --date 2024-05-01；界面里选择日期）。`,
      `This chatlog text export prints only the time of day (e.g. "${sample}"): it is one day's chat, but the file does not say which day. Tell us the date (--date 2024-05-01 on the command line; pick it in the app).`,
    ),
  tooLarge: (mb: number) =>
    t(
      `网页版聊天记录太大（${mb} MB），无法一次读取。请改用 CSV 格式导出。`,
      `The web-page chat export is too large (${mb} MB) to read at once. Export it as CSV instead.`,
    ),
};
