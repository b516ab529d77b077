// Reading what a saved notebook output packs (cm_widget/_export/pack.py pack_json): a gzip-compressed
// document written in base85 (or base64), unpacked with the browser's DecompressionStream.

const MAGIC = "CMW1";
// Python's base85 alphabet with "." for "<" (pack.py B85_ALPHABET).
const B85 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;.=>?@^_`{|}~";
const B85_VALUE = new Map([...B85].map((c, i) => [c, i]));

/** base85 text (pack.py to_b85) -> its bytes; a last group of m < 5 characters holds m - 1 bytes. */
export function fromBase85(text) {
  const t = text.trim();
  const pad = (5 - (t.length % 5)) % 5;
  const out = new Uint8Array(((t.length + pad) / 5) * 4);
  for (let i = 0, p = 0; i < t.length; i += 5, p += 4) {
    let v = 0;
    for (let j = i; j < i + 5; j++) {
      const d = j < t.length ? B85_VALUE.get(t[j]) : 84;
      if (d === undefined) throw new Error("not base85 text");
      v = v * 85 + d;
    }
    out[p] = v >>> 24;
    out[p + 1] = (v >>> 16) & 255;
    out[p + 2] = (v >>> 8) & 255;
    out[p + 3] = v & 255;
  }
  return out.subarray(0, out.length - pad);
}

async function gunzip(text, base85 = false) {
  const bytes = base85 ? fromBase85(text) : Uint8Array.from(atob(text.trim()), (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function toBase64(bytes) {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** base64 text of gzip-compressed UTF-8 -> the text. */
export async function unpackText(text) {
  return new TextDecoder().decode(await gunzip(text));
}

/**
 * A packed document -> the JSON value it holds, its bytes back as the base64 text they were.
 * @param {string} text
 * @param {string} [encoding] "cmw-pack85" (base85, what pack_json writes) or "cmw-pack" (base64)
 */
export async function unpackDocument(text, encoding = "cmw-pack85") {
  const doc = await gunzip(text, encoding === "cmw-pack85");
  if (new TextDecoder().decode(doc.subarray(0, 4)) !== MAGIC) throw new Error("not a packed cm_widget document");
  const n = new DataView(doc.buffer, doc.byteOffset + 4, 4).getUint32(0, true);
  const body = doc.subarray(8 + n);
  return JSON.parse(new TextDecoder().decode(doc.subarray(8, 8 + n)), (key, value) => {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      const keys = Object.keys(value);
      if (keys.length === 1 && keys[0] === "__cmw_bytes__") {
        const [at, length] = value.__cmw_bytes__;
        return toBase64(body.subarray(at, at + length));
      }
    }
    return value;
  });
}

/** The JSON document of a data element: packed (data-encoding "cmw-pack85" or "cmw-pack"), gzip text, or plain. */
export async function readData(holder) {
  const text = holder.textContent;
  const encoding = holder.dataset.encoding;
  if (encoding === "cmw-pack85" || encoding === "cmw-pack") return await unpackDocument(text, encoding);
  return JSON.parse(encoding === "gzip" ? await unpackText(text) : text);
}
