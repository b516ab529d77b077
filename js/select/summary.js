// The feature summary of a selected cell (samples= a table): per column, the cell next to the
// rest of its true row; means and medians of numbers, the most frequent values of anything else.
// Reads the `summary` of the _selection (cm_widget/_features/summary.py). Text only.

const num = (x) => (x == null || !Number.isFinite(Number(x)) ? "\u2013" : String(Number(Number(x).toPrecision(4))));
const pct = (x) => `${(Number(x) * 100).toFixed(0)}%`;

/** One side of a column's summary as a line of text. */
export function summaryText(entry, side) {
  const s = entry && entry[side];
  if (entry && entry.kind === "number") {
    return s && s.n ? `mean ${num(s.mean)} \u00b7 median ${num(s.median)} (n=${s.n})` : "no values";
  }
  if (!Array.isArray(s) || !s.length) return "no values";
  return s.map((t) => `${String(t[0])} ${pct(t[2])}`).join(" \u00b7 ");
}

/** The table of a selection's summary ({h} from js/ui/dom.js), or null when there is none. */
export function summaryTable(dom, sel) {
  const rows = Array.isArray(sel && sel.summary) ? sel.summary : [];
  if (!rows.length) return null;
  const { h } = dom;
  const table = h("table", "cmw-summary");
  const caption = h("caption", null, "Features of this cell and of the rest of its true row");
  const head = h("tr");
  head.append(h("th", null, "feature"), h("th", null, "this cell"), h("th", null, "rest of the row"));
  table.append(caption, head);
  for (const entry of rows) {
    const tr = h("tr");
    tr.append(h("th", null, String(entry.column)), h("td", null, summaryText(entry, "cell")),
      h("td", null, summaryText(entry, "rest")));
    table.append(tr);
  }
  return table;
}
