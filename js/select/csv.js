// CSV text as cm_widget/_features/export.py csv_text writes it: a header line, then one line per
// row; a field with a comma, a quote or a line break is quoted, its quotes doubled.

const NEEDS_QUOTES = /[",\r\n]/;

function field(v) {
  const text = String(v);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `head`: column names; `rows`: arrays of values (numbers as their shortest exact text). */
export function csvText(head, rows) {
  return [head, ...rows].map((r) => r.map(field).join(",")).join("\n") + "\n";
}
