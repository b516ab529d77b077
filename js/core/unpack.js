// Reading what a saved notebook output packs (cm_widget/_export.py pack_json): a gzip-compressed,
// base64-encoded document, unpacked with the browser's DecompressionStream.

const MAGIC = "CMW1";

async function gunzip(text) {
  const bytes = Uint8Array.from(atob(text.trim()), (c) => c.charCodeAt(0));
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

/** A packed document -> the JSON value it holds, its bytes back as the base64 text they were. */
export async function unpackDocument(text) {
  const doc = await gunzip(text);
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

/** The JSON document of a data element: packed (data-encoding "cmw-pack"), gzip text, or plain. */
export async function readData(holder) {
  const text = holder.textContent;
  const encoding = holder.dataset.encoding;
  if (encoding === "cmw-pack") return await unpackDocument(text);
  return JSON.parse(encoding === "gzip" ? await unpackText(text) : text);
}
