import { UnreadableDocumentError } from '../errors.js';

/**
 * Decodes the bytes of a plain-text document: UTF-8 (with or without BOM), UTF-16 LE/BE (with a
 * BOM, or recognised by its zero bytes), and Windows-1252 when the bytes are not valid UTF-8.
 * Binary data is refused. CRLF becomes LF; control characters go.
 *
 * @example
 * decodeText(new TextEncoder().encode('Résumé\r\n')) // 'Résumé\n'
 */
export function decodeText(bytes: Uint8Array): string {
  return normaliseNewlines(decodeBytes(bytes));
}

const SAMPLE_BYTES = 8192;

function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const utf16 = guessUtf16WithoutBom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  assertNotBinary(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/**
 * UTF-16 text of Latin script has a zero byte in every other position: zeros at odd offsets
 * mean little-endian, at even offsets big-endian. Binary data rarely has that regularity.
 */
function guessUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (length < 4) return null;
  let zerosEven = 0;
  let zerosOdd = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) zerosEven++;
    if (bytes[index + 1] === 0) zerosOdd++;
  }
  const pairs = length / 2;
  if (zerosOdd / pairs > 0.4 && zerosEven / pairs < 0.05) return 'utf-16le';
  if (zerosEven / pairs > 0.4 && zerosOdd / pairs < 0.05) return 'utf-16be';
  return null;
}

/** Text has no NUL bytes and few other control bytes; executables, archives and images do. */
function assertNotBinary(bytes: Uint8Array): void {
  const length = Math.min(bytes.length, SAMPLE_BYTES);
  let controls = 0;
  for (let index = 0; index < length; index++) {
    const byte = bytes[index] ?? 0;
    if (byte === 0) throw new UnreadableDocumentError('the file holds binary data, not text (NUL bytes)');
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20) || byte === 0x7f) controls++;
  }
  if (length > 0 && controls / length > 0.05) {
    throw new UnreadableDocumentError('the file holds binary data, not text (control bytes)');
  }
}

/** Windows-1252's printable characters in 0x80–0x9F; Node's TextDecoder treats that range as Latin-1 controls. */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = 8192;
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    const codes = Array.from(bytes.subarray(offset, offset + chunk), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function normaliseNewlines(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

/** Rejects text that is mostly not text: binary garbage that happened to decode. */
export function assertLooksLikeText(text: string): void {
  if (text.trim().length === 0) throw new UnreadableDocumentError('the document has no text');
  const sample = text.slice(0, 10_000);
  const replacement = sample.match(/\uFFFD/g)?.length ?? 0;
  if (replacement / sample.length > 0.1)
    throw new UnreadableDocumentError('the bytes are not text in a known encoding');
}
