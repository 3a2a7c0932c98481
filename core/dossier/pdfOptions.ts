/**
 * Document-level PDF settings: A4, pages buffered for the 第 N 页 / 共 M 页 stamp, zh-CN language,
 * Title/Author/CreationDate in both the Info dictionary and XMP, and PDF/A-3b identification
 * (pdfkit adds the XMP pdfaid entry and an sRGB output intent; every font we use is embedded).
 */
import type PDFDocument from 'pdfkit';
import { MARGINS } from './typesetter.ts';

const PRODUCER = 'PayProof (PDFKit)';

type Options = NonNullable<ConstructorParameters<typeof PDFDocument>[0]>;

/**
 * pdfkit copies Info strings into the XMP packet without XML escaping, and PDF/A wants the two to
 * say the same thing: keep metadata free of the characters XML would need escaped.
 */
export function metadataText(text: string): string {
  return text
    .replace(/&/g, '＆')
    .replace(/</g, '＜')
    .replace(/>/g, '＞')
    .replace(/[\u0000-\u001f]/g, ' ');
}

export function pdfOptions(meta: { title: string; author: string; subject: string; at: Date }): Options {
  return {
    size: 'A4',
    margins: MARGINS,
    autoFirstPage: false,
    bufferPages: true,
    pdfVersion: '1.7',
    subset: 'PDF/A-3b',
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: metadataText(meta.title),
      Author: metadataText(meta.author),
      Subject: metadataText(meta.subject),
      // pdfkit writes Creator into XMP as both CreatorTool and pdf:Producer, so Producer must match
      // it; and it has no XMP ModifyDate, so no ModDate either (PDF/A: Info and XMP must agree).
      Creator: PRODUCER,
      Producer: PRODUCER,
      CreationDate: meta.at,
    },
  };
}
