/**
 * The text of a fetched body in the encoding its server or the page itself declares: the
 * Content-Type header's charset first (it is what browsers obey), then a byte order mark, then a
 * <meta charset> / http-equiv or XML declaration near the top; undeclared bytes are UTF-8 when they
 * are valid UTF-8 and windows-1252 (the web's usual legacy encoding) otherwise. Servers often say
 * UTF-8 by default whatever the page is written in: bytes declared UTF-8 that are not valid UTF-8
 * are read as the page itself declares, or as windows-1252, rather than as replacement characters.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  const label = headerCharset(contentType) ?? bomCharset(bytes) ?? declaredCharset(bytes) ?? "utf-8";
  if (label !== "utf-8") return new TextDecoder(label).decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const declared = declaredCharset(bytes);
    return new TextDecoder(declared && declared !== "utf-8" ? declared : "windows-1252").decode(bytes);
  }
}

/** How far into the page a declaration is looked for (HTML asks for the first 1024 bytes; some pages put it later). */
const PRESCAN_BYTES = 4096;

function headerCharset(contentType: string | null): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? "");
  return match ? known(match[1]!) : null;
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

const XML_DECLARATION = /^\s*<\?xml\s[^>]*encoding\s*=\s*["']([\w.:-]+)/i;
const META_CHARSET = /^<meta\s+charset\s*=\s*["']?([\w.:-]+)/i;
const HTTP_EQUIV_CONTENT_TYPE = /http-equiv\s*=\s*["']?content-type/i;
const CONTENT_CHARSET = /charset\s*=\s*([\w.:-]+)/i;

/** The encoding a page or feed declares in its first bytes (read as Latin-1: the declaration itself is ASCII). */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString("latin1");
  for (const declared of [xmlDeclaration(head), ...metaDeclarations(head)]) {
    const label = declared ? known(declared) : null;
    // a page that was decoded to UTF-16 cannot declare it in ASCII bytes: such a declaration is wrong
    if (label && !label.startsWith("utf-16")) return label;
  }
  return null;
}

function xmlDeclaration(head: string): string | null {
  return XML_DECLARATION.exec(head)?.[1] ?? null;
}

/** The charset of each <meta charset> and <meta http-equiv="Content-Type" content="...; charset=..."> tag, in order. */
function metaDeclarations(head: string): string[] {
  const found: string[] = [];
  const lower = head.toLowerCase();
  for (let start = lower.indexOf("<meta"); start >= 0; start = lower.indexOf("<meta", start + 1)) {
    const end = lower.indexOf(">", start);
    const tag = head.slice(start, end < 0 ? head.length : end + 1);
    const direct = META_CHARSET.exec(tag)?.[1];
    const viaHeader = HTTP_EQUIV_CONTENT_TYPE.test(tag) ? CONTENT_CHARSET.exec(tag)?.[1] : undefined;
    if (direct ?? viaHeader) found.push((direct ?? viaHeader)!);
  }
  return found;
}

/** The encoding's canonical name when TextDecoder knows the label, else null (an unknown label is ignored). */
function known(label: string): string | null {
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}
