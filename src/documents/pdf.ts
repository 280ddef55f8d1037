/**
 * Draws a DocModel as an A4 PDF with pdfkit and the embedded DejaVu font: the
 * issuer's header, the heading, number and date, the blocks, the legal basis,
 * the signer and a QR code with the verification link. Deterministic: the
 * creation date and the file identifier come from the model, fonts are
 * subset with a tag derived from the font, so one model gives one byte string.
 */
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import { documentFonts } from "./fonts.ts";
import type { Block, DocModel } from "./model.ts";

const MARGIN = 56;
const WIDTH = 595.28 - 2 * MARGIN;

/** The marker by which a file names its document id (in the PDF's Info dictionary, uncompressed). */
export const ID_MARKER = "qyzmet-document:";

/**
 * The PDF of `m`; further models (the same document in other languages: a bilingual form, Kazakh
 * then Russian) follow on their own pages under the same number, id and QR code.
 */
export async function renderPdf(m: DocModel, ...versions: DocModel[]): Promise<Uint8Array> {
  const fonts = documentFonts();
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    compress: true,
    lang: m.lang === "kk" ? "kk-KZ" : m.lang === "ru" ? "ru-RU" : "en",
    info: {
      Title: `${m.heading} ${m.number}`,
      Subject: m.title,
      Author: m.issuer.name,
      Creator: "Qyzmet",
      Producer: "Qyzmet (pdfkit)",
      Keywords: `${ID_MARKER}${m.id}`,
      CreationDate: m.createdAt,
      ModDate: m.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });
  doc.registerFont("regular", fonts.regular);
  doc.registerFont("bold", fonts.bold);

  for (const [i, v] of [m, ...versions].entries()) {
    if (i > 0) doc.addPage();
    header(doc, v);
    for (const b of v.blocks) block(doc, b);
    if (v.basis.length) {
      doc.moveDown(0.8).font("bold").fontSize(9).text(basisLabel(v));
      doc.font("regular").fontSize(8.5);
      for (const line of v.basis) doc.text(line, { width: WIDTH });
    }
    signer(doc, v);
    await qr(doc, v);
  }
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

function basisLabel(m: DocModel): string {
  return m.lang === "kk" ? "Құқықтық негіз:" : m.lang === "ru" ? "Правовое основание:" : "Legal basis:";
}

function header(doc: PDFKit.PDFDocument, m: DocModel): void {
  doc.font("bold").fontSize(11).text(m.issuer.name, { align: "center", width: WIDTH });
  doc
    .font("regular")
    .fontSize(8.5)
    .text(`${m.issuer.address} · БСН/БИН ${m.issuer.bin}`, { align: "center", width: WIDTH });
  const y = doc.y + 4;
  doc
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + WIDTH, y)
    .lineWidth(0.7)
    .stroke();
  doc.y = y + 14;
  doc.font("bold").fontSize(14).text(m.heading, { align: "center", width: WIDTH });
  doc.font("regular").fontSize(10.5).text(m.title, { align: "center", width: WIDTH });
  doc.moveDown(0.6);
  const top = doc.y;
  doc.fontSize(10).text(`№ ${m.number}`, MARGIN, top, { width: WIDTH / 2 });
  doc.text(m.date, MARGIN + WIDTH / 2, top, { width: WIDTH / 2, align: "right" });
  doc.x = MARGIN;
  doc.moveDown(1);
}

function block(doc: PDFKit.PDFDocument, b: Block): void {
  doc.x = MARGIN;
  switch (b.kind) {
    case "para":
      doc
        .font(b.bold ? "bold" : "regular")
        .fontSize(10.5)
        .text(b.text, { width: WIDTH, align: "justify" });
      doc.moveDown(0.5);
      return;
    case "fields":
      for (const [label, value] of b.rows) {
        const top = doc.y;
        doc
          .font("bold")
          .fontSize(9.5)
          .text(label, MARGIN, top, { width: WIDTH * 0.36 });
        const after = doc.y;
        doc
          .font("regular")
          .fontSize(10)
          .text(value, MARGIN + WIDTH * 0.38, top, { width: WIDTH * 0.62 });
        doc.y = Math.max(after, doc.y) + 3;
      }
      doc.x = MARGIN;
      doc.moveDown(0.5);
      return;
    case "list":
      doc.font("bold").fontSize(10).text(b.title, { width: WIDTH });
      doc.font("regular").fontSize(10);
      b.items.forEach((item, i) => {
        doc.text(`${i + 1}) ${item}`, MARGIN + 12, doc.y, { width: WIDTH - 12 });
      });
      doc.x = MARGIN;
      doc.moveDown(0.5);
      return;
    case "signature_line":
      doc.font("regular").fontSize(10).text(`${b.label} ____________________`, { width: WIDTH });
      doc.moveDown(0.4);
      return;
  }
}

function signer(doc: PDFKit.PDFDocument, m: DocModel): void {
  if (!m.signer) return;
  doc.x = MARGIN;
  doc.moveDown(1.2);
  const top = doc.y;
  doc
    .font("bold")
    .fontSize(10.5)
    .text(m.signer.position, MARGIN, top, { width: WIDTH * 0.55 });
  doc.font("bold").text(m.signer.name, MARGIN + WIDTH * 0.55, top, { width: WIDTH * 0.45, align: "right" });
  doc.x = MARGIN;
  doc.font("regular").fontSize(8.5).text(m.signer.how, { width: WIDTH });
}

async function qr(doc: PDFKit.PDFDocument, m: DocModel): Promise<void> {
  if (!m.verifyUrl) return;
  const code = QRCode.create(m.verifyUrl, { errorCorrectionLevel: "M" });
  const n = code.modules.size;
  const side = 78;
  const cell = side / (n + 8);
  if (doc.y + side + 20 > doc.page.height - MARGIN) doc.addPage();
  const x0 = MARGIN;
  const y0 = doc.y + 14;
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++)
      if (code.modules.get(r, c)) doc.rect(x0 + (c + 4) * cell, y0 + (r + 4) * cell, cell, cell);
  doc.fill("black");
  doc
    .font("regular")
    .fontSize(8)
    .text(`${m.verifyNote}\n${m.verifyUrl}\nID ${m.id}`, x0 + side + 8, y0 + 16, { width: WIDTH - side - 8 });
  doc.x = MARGIN;
}
