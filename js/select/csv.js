// CSV text as cm_widget/_features/export.py csv_text writes it: a header line, then one line per
// row; a field with a comma, a quote or a line break is quoted, its quotes doubled. Float columns
// are written as Python writes a float (pyFloat), so that the page's files are the kernel's.

const NEEDS_QUOTES = /[",\r\n]/;

function field(v) {
  const text = String(v);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `head`: column names; `rows`: arrays of values (strings as they are, numbers as String writes them). */
export function csvText(head, rows) {
  return [head, ...rows].map((r) => r.map(field).join(",")).join("\n") + "\n";
}

/**
 * `x` as Python's repr writes a float: the shortest digits that read back as `x` (JavaScript's
 * too), in fixed notation when the decimal exponent is -4 to 15 (with ".0" when whole), else as
 * d.ddde+XX with at least two exponent digits.
 * @param {number} x
 */
export function pyFloat(x) {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const sign = x < 0 ? "-" : "";
  // the digits and decimal exponent of String's shortest form ("123.45", "0.00015", "1.5e-7")
  const [mant, power] = String(Math.abs(x)).split("e");
  const point = mant.indexOf(".");
  const whole = point < 0 ? mant : mant.slice(0, point);
  const all = whole + (point < 0 ? "" : mant.slice(point + 1));
  const lead = all.length - all.replace(/^0+/, "").length;
  const digits = all.slice(lead).replace(/0+$/, "");
  const e = whole.length - 1 - lead + Number(power || 0);
  if (e < -4 || e >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  if (e < 0) return `${sign}0.${"0".repeat(-e - 1)}${digits}`;
  return `${sign}${digits.slice(0, e + 1).padEnd(e + 1, "0")}.${digits.slice(e + 1) || "0"}`;
}
