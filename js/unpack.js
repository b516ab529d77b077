// Reading what a saved notebook output packs (cm_widget/_export.py pack_json): gzip-compressed,
// base64-encoded text, unpacked with the browser's DecompressionStream.

/** base64 text of gzip-compressed UTF-8 -> the text. */
export async function unpackText(text) {
  const bytes = Uint8Array.from(atob(text.trim()), (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return await new Response(stream).text();
}

/** The JSON document of a data element: packed (data-encoding="gzip") or plain. */
export async function readData(holder) {
  const text = holder.textContent;
  return JSON.parse(holder.dataset.encoding === "gzip" ? await unpackText(text) : text);
}
