// What a cell means in the current mode, in words for the places the eye goes: the two axis
// titles, the badges above the matrix and the colour bar's caption. Top-k, abstaining, compare
// mode, the group roll-up, multi-label matrices and normalisation each change what a cell counts;
// each says so here. Pure; js/matrix.js draws and shows the result.

const NORM_BAR = { true: "% of its true row", pred: "% of its predicted column", all: "% of all samples" };
const NORM_BAR_LABELS = {
  true: "% of the samples with the true label", pred: "% of the samples predicted with the label",
  all: "% of all samples",
};

/**
 * `m` = {topK, abstain, compare: {name, run} | null, groups (the group level is shown),
 * multilabel, normalize}. Returns {x, y, bar, badges}: the axis titles, the colour bar's caption
 * and one sentence per mode that changes what a cell means (empty with none of them).
 */
export function modeCaptions(m) {
  const topK = Number.isInteger(m.topK) && m.topK > 1 ? m.topK : 1;
  const abstain = m.abstain == null || !Number.isFinite(Number(m.abstain)) ? null : Number(m.abstain);
  const noun = m.groups ? "group" : "label";
  let x = `Predicted ${noun}`;
  let y = `True ${noun}`;
  const xNotes = [];
  const yNotes = [];
  const badges = [];
  if (m.multilabel) {
    yNotes.push("a sample counts once per true label");
    xNotes.push("once per predicted label");
    badges.push("Multi-label: a sample counts in every cell of its true and predicted labels; "
      + "the diagonal holds each label's hits.");
  }
  if (topK > 1) {
    xNotes.push(`top-${topK}: right if the true class is among the ${topK} highest scores`);
    badges.push(`Top-${topK}: a sample is on the diagonal when its true class is among its ${topK} highest scores, `
      + "elsewhere at its highest score.");
  }
  if (abstain !== null) {
    xNotes.push(`or abstained: top score below ${abstain}`);
    badges.push(`Abstaining: a sample whose top score is below ${abstain} counts in the last column, "abstained".`);
  }
  if (m.groups) {
    badges.push("Groups: each row and column sums the classes of a group (expanded groups show their classes).");
  }
  if (m.normalize === "true") yNotes.push("each row sums to 100%");
  if (m.normalize === "pred") xNotes.push("each column sums to 100%");
  let bar;
  if (m.compare) {
    bar = `change in count since ${m.compare.name}`;
    badges.push(`Change since ${m.compare.name}: each cell shows ${m.compare.run || "this run"}'s count minus `
      + `${m.compare.name}'s; blue is better (more on the diagonal, fewer off it), red is worse.`);
  } else if (m.normalize && NORM_BAR[m.normalize]) {
    bar = (m.multilabel ? NORM_BAR_LABELS : NORM_BAR)[m.normalize];
    badges.push(`Normalised: each cell shows the ${bar}.`);
  } else {
    bar = "count of samples";
  }
  if (xNotes.length) x += ` (${xNotes.join("; ")})`;
  if (yNotes.length) y += ` (${yNotes.join("; ")})`;
  return { x, y, bar, badges };
}

/** The captions of a decoded state (js/state.js keys, or the display over them). */
export function captionsOf(get) {
  const cmp = get("compareState");
  return modeCaptions({
    topK: get("topK"),
    abstain: get("abstainAt"),
    compare: cmp ? { name: cmp.name, run: get("run") } : null,
    groups: get("level") === "groups",
    multilabel: get("multilabel"),
    normalize: get("normalize"),
  });
}

/**
 * Lines of `text` at most `maxWidth` wide (by `measure`), broken at spaces; a word wider than the
 * line stands on its own line.
 */
export function wrapText(text, maxWidth, measure) {
  const lines = [];
  let line = "";
  for (const word of String(text).split(" ")) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line || !lines.length) lines.push(line);
  return lines;
}
