/** Writes a small PDF with Helvetica text at given positions, for tests: no dependency needed. */
export interface PlacedText {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly text: string;
}

export function buildPdf(
  pages: readonly (readonly PlacedText[])[],
  options: { width?: number; height?: number; encryptedWithUnknownPassword?: boolean } = {},
): Uint8Array {
  const width = options.width ?? 612;
  const height = options.height ?? 792;
  const objects: string[] = [];
  const pageIds = pages.map((_, index) => 4 + index * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  pages.forEach((texts, index) => {
    const content = texts
      .map((t) => `BT /F1 ${t.size} Tf ${t.x} ${t.y} Td (${t.text.replace(/[\\()]/g, '\\$&')}) Tj ET`)
      .join('\n');
    const id = pageIds[index] ?? 0;
    objects[id] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  });
  let encryptId = 0;
  if (options.encryptedWithUnknownPassword) {
    // Standard security handler whose user-password check fails for the empty password.
    encryptId = objects.length;
    const hex32 = 'A5'.repeat(32);
    objects[encryptId] = `<< /Filter /Standard /V 1 /R 2 /O <${hex32}> /U <${'5A'.repeat(32)}> /P -4 >>`;
  }
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = pdf.length;
    pdf += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) pdf += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  const encryption = encryptId ? ` /Encrypt ${encryptId} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]` : '';
  pdf += `trailer\n<< /Size ${objects.length} /Root 1 0 R${encryption} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/** Lines of body text from the top of a column downwards, 12 points apart. */
export function column(x: number, top: number, lines: readonly string[], size = 10): PlacedText[] {
  return lines.map((text, index) => ({ x, y: top - index * 12, size, text }));
}
