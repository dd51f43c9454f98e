/**
 * Exports of the annual report: a print-friendly HTML page (also the PDF's source), a PDF rendered by
 * Debian's Chromium through playwright-core, and an XLSX workbook with one sheet per section and the
 * records behind every figure.
 */
import { existsSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { fail } from '../../domain/errors.js';
import type { AnnualReport, FigureRecord } from '../../domain/reports/schema.js';
import { neutraliseFormula } from '../spreadsheets.js';
import { annualDocument, documentLabels, type ReportDocument } from './report-document.js';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Fonts that cover Chinese, Vietnamese, German and English, installed by fonts-noto-cjk. */
const FONT_STACK = "'Noto Sans CJK SC', 'Noto Sans CJK TC', 'Noto Sans CJK JP', 'Noto Sans', 'DejaVu Sans', sans-serif";
const HTML_LANG: Record<string, string> = { en: 'en', 'zh-Hans': 'zh-Hans', 'zh-Hant': 'zh-Hant', de: 'de', vi: 'vi' };

export function annualHtml(report: AnnualReport, lang: string | undefined): string {
  const doc = annualDocument(report, lang);
  const labels = documentLabels(doc.lang);
  // The CJK font follows the language so that shared Han characters take their local forms.
  const font = doc.lang === 'zh-Hant' ? FONT_STACK.replace("'Noto Sans CJK SC', 'Noto Sans CJK TC'", "'Noto Sans CJK TC', 'Noto Sans CJK SC'") : FONT_STACK;
  const body = doc.blocks
    .map((b) => {
      const attrs = b.figures.length ? ` data-figures="${escapeHtml(b.figures.join(' '))}"` : '';
      if (b.kind === 'meta') return `<p class="meta">${escapeHtml(b.text)}</p>`;
      return `<${b.kind}${attrs}>${escapeHtml(b.text)}</${b.kind}>`;
    })
    .join('\n');
  const rows = doc.figures
    .map((f) => `<tr><td>${escapeHtml(f.label)}</td><td class="num">${escapeHtml(f.formatted)}</td><td><code>${escapeHtml(f.figure.key)}</code><br>${escapeHtml(f.source)}</td></tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="${HTML_LANG[doc.lang] ?? 'en'}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(doc.title)}</title>
<style>
  @page { size: A4; margin: 18mm 16mm; }
  body { font-family: ${font}; color: #111; line-height: 1.6; max-width: 760px; margin: 24px auto; padding: 0 16px; }
  h1 { font-size: 22px; margin-bottom: 4px; }
  h2 { font-size: 18px; border-bottom: 2px solid #1d4ed8; padding-bottom: 2px; margin-top: 28px; }
  h3 { font-size: 15px; margin: 18px 0 4px; }
  p.meta { color: #555; font-size: 12px; margin: 2px 0; }
  table { border-collapse: collapse; width: 100%; font-size: 11px; margin-top: 8px; }
  td, th { border: 1px solid #ccc; padding: 4px 6px; vertical-align: top; text-align: left; }
  td.num { text-align: right; white-space: nowrap; }
  code { font-size: 10px; color: #555; }
  @media print { body { margin: 0; max-width: none; } h2, h3 { break-after: avoid; } tr { break-inside: avoid; } }
</style>
</head>
<body>
${body}
<h2>${escapeHtml(labels.figuresHeading ?? '')}</h2>
<table>
<thead><tr><th>${escapeHtml(labels.figure ?? '')}</th><th>${escapeHtml(labels.value ?? '')}</th><th>${escapeHtml(labels.source ?? '')}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}

export interface PdfSettings {
  /** A font file fonts-noto-cjk installs; checked before rendering so a missing font is an error, not boxes. */
  fontFile: string;
  chromiumPath: string;
}

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Renders HTML to PDF; 503 REPORT_FONT_MISSING / REPORT_BROWSER_MISSING naming the Debian package to install. */
export async function renderPdf(html: string, settings: PdfSettings): Promise<Buffer> {
  if (!existsSync(settings.fontFile)) fail('REPORT_FONT_MISSING', { package: 'fonts-noto-cjk', path: settings.fontFile });
  if (!existsSync(settings.chromiumPath)) fail('REPORT_BROWSER_MISSING', { package: 'chromium', path: settings.chromiumPath });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: settings.chromiumPath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // Nothing outside the document may load: the report is self-contained.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    // Runs in the page: wait until the fonts are loaded before printing.
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } });
  } finally {
    await browser.close();
  }
}

type Cell = string | number | null;
const safe = (v: Cell): Cell => (typeof v === 'string' ? neutraliseFormula(v) : v);

/** The sheet names of the workbook, in order. */
export const XLSX_SHEETS = { document: 'Report', domestic: 'Domestic', international: 'International', events: 'Flagship events', records: 'Records' } as const;

export async function annualXlsx(report: AnnualReport, lang: string | undefined, records: Map<string, FigureRecord[]>): Promise<Buffer> {
  const doc: ReportDocument = annualDocument(report, lang);
  const labels = documentLabels(doc.lang);
  const workbook = new ExcelJS.Workbook();
  const sheet = (name: string, header: string[], rows: Cell[][], widths: number[]) => {
    const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(header.map(safe));
    for (const row of rows) ws.addRow(row.map(safe));
    ws.getRow(1).font = { bold: true };
    widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  };
  sheet(XLSX_SHEETS.document, [doc.title], doc.blocks.map((b) => [b.text]), [120]);
  const figureRow = (key: string) => {
    const f = doc.figures.find((x) => x.figure.key === key);
    return f ? [f.label, f.figure.key, f.figure.unit, f.figure.value, f.figure.currency ?? null, f.source] : null;
  };
  const header = [labels.figure ?? 'Figure', 'key', 'unit', labels.value ?? 'Value', 'currency', labels.source ?? 'Source'];
  const keysOf = (section: 'domestic' | 'international') => doc.figures.filter((f) => f.figure.key.startsWith(section === 'domestic' ? 'domestic.' : 'international.') || (section === 'domestic' && /^(training|matchmaking)\./.test(f.figure.key)));
  const rowsFor = (list: ReportDocument['figures']) => [...new Set(list.map((f) => f.figure.key))].map(figureRow).filter((r): r is Cell[] => r !== null);
  sheet(XLSX_SHEETS.domestic, header, rowsFor(keysOf('domestic')), [40, 48, 8, 16, 8, 80]);
  sheet(XLSX_SHEETS.international, header, rowsFor(keysOf('international')), [40, 48, 8, 16, 8, 80]);
  sheet(XLSX_SHEETS.events, header, rowsFor(doc.figures.filter((f) => f.figure.key.startsWith('event.'))), [40, 60, 8, 16, 8, 80]);
  const recordRows: Cell[][] = [];
  for (const [key, list] of records) for (const r of list) recordRows.push([key, r.kind, r.id, r.label, r.date, r.country, r.value, r.currency, r.detail]);
  sheet(XLSX_SHEETS.records, ['figure', 'kind', 'id', labels.record ?? 'Record', labels.date ?? 'Date', labels.country ?? 'Country', labels.value ?? 'Value', 'currency', labels.detail ?? 'Detail'], recordRows, [40, 14, 38, 60, 12, 8, 14, 8, 40]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Every figure key of a report, in document order. */
export function reportFigureKeys(report: AnnualReport, lang: string | undefined): string[] {
  return [...new Set(annualDocument(report, lang).figures.map((f) => f.figure.key))];
}
