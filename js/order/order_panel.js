// Finding the errors among many classes: the order menu, errors only, the classes/groups level
// (with groups expanded in place), a class search, and the list of the largest errors. Every
// change is announced in a live region, with the selection.
// Keys (decoded state): k, orderName, orderChoices, level, errorsOnly, groups, top, labels, selection.
// Writes the order, errors_only, level and selected intents; the search and the expanded
// groups are page-local (display.local).

import { listen, scope } from "../ui/dom.js";
import { watch } from "../core/state.js";

export const ORDERS = [
  ["given", "Given"],
  ["name", "Name (A-Z)"],
  ["support", "Support"],
  ["errors", "Errors"],
  ["cluster", "Confused together"],
];
const MAX_MATCHES = 8;
const SEARCH_FROM = 12;   // the search shows for more classes than this
const OPEN_TOP_ABOVE = 20; // the largest errors start open for more classes than this

/** Classes whose name contains `text` (case-insensitive): names starting with it first. */
export function searchClasses(labels, text, limit = MAX_MATCHES) {
  const q = String(text || "").trim().toLowerCase();
  if (!q) return [];
  const starts = [];
  const contains = [];
  labels.forEach((name, i) => {
    const n = String(name).toLowerCase();
    const at = n.indexOf(q);
    if (at === 0) starts.push(i);
    else if (at > 0) contains.push(i);
  });
  return starts.concat(contains).slice(0, limit);
}

/** "true -> predicted: count (share)" of one of the largest errors. */
export function confusionLine(labels, [i, j, count, share]) {
  const amount = Number.isInteger(count) ? String(count) : Number(count).toFixed(2);
  return `${labels[i]} \u2192 ${labels[j]}: ${amount} (${(share * 100).toFixed(1)}%)`;
}

/** The selected cell's sentence as plain text, for the live region. */
export function selectionText(sel) {
  if (!sel) return "Selection cleared.";
  return `Selected: ${sel.sentence.map((s) => String(s && s.text != null ? s.text : "")).join("")}`;
}

export function createOrderPanel({ state, display, dom, signal }) {
  const ac = scope(signal);
  const on = (target, type, fn) => listen(target, type, fn, ac.signal);
  const { h, button, option } = dom;
  const el = h("div", "cmw-order");

  // Order, errors only, level.
  const bar = h("div", "cmw-order-bar");
  const orderLabel = h("label", "cmw-order-label");
  orderLabel.append(h("span", "cmw-field-name", "Order "));
  const orderSelect = h("select", "cmw-order-select");
  orderSelect.title = "Order of the classes";
  for (const [value, text] of ORDERS) orderSelect.append(option(value, text));
  const custom = option("list", "Custom (from Python)");
  custom.disabled = true;
  orderSelect.append(custom);
  orderLabel.append(orderSelect);
  const errorsLabel = h("label", "cmw-errors-only-label");
  const errorsBox = h("input", "cmw-errors-only");
  errorsBox.type = "checkbox";
  errorsLabel.append(errorsBox, dom.doc.createTextNode(" Errors only"));
  const levelLabel = h("label", "cmw-level-label", "Show ");
  const levelSelect = h("select", "cmw-level");
  levelSelect.append(option("classes", "Classes"), option("groups", "Groups"));
  levelLabel.append(levelSelect);
  bar.append(orderLabel, errorsLabel, levelLabel);

  // Groups expanded in place (at the groups level).
  const expandBox = h("div", "cmw-expand");
  expandBox.setAttribute("role", "group");
  expandBox.setAttribute("aria-label", "Expand groups");

  // Class search.
  const search = h("div", "cmw-search");
  const searchLabel = h("label", "cmw-search-label");
  searchLabel.append(h("span", "cmw-field-name", "Find class "));
  const input = h("input", "cmw-search-input");
  input.type = "search";
  input.placeholder = "Find class";
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  const listId = `cmw-matches-${Math.random().toString(36).slice(2, 9)}`;
  input.setAttribute("aria-controls", listId);
  searchLabel.append(input);
  const matches = h("ul", "cmw-matches");
  matches.id = listId;
  matches.setAttribute("role", "listbox");
  matches.setAttribute("aria-label", "Matching classes");
  matches.hidden = true;
  search.append(searchLabel, matches);

  // The largest errors: folded at a few classes (the matrix shows them at a glance, and the
  // matrix stays on screen), open at many; once the reader opens or closes it, it stays so.
  const top = h("details", "cmw-top");
  const topTitle = h("summary", "cmw-top-title", "Largest errors");
  let topChosen = false;
  on(topTitle, "click", () => { topChosen = true; });
  topTitle.id = `${listId}-top`;
  const topList = h("ol", "cmw-top-list");
  topList.setAttribute("aria-labelledby", topTitle.id);
  top.append(topTitle, topList);

  const live = h("div", "cmw-sr");
  live.setAttribute("aria-live", "polite");
  live.setAttribute("role", "status");
  el.append(bar, expandBox, search, top, live);

  const announce = (text) => { live.textContent = text; };

  // --------------------------------------------------------------- user actions
  on(orderSelect, "change", () => {
    state.set("order", orderSelect.value);
    announce(`Order: ${orderSelect.selectedOptions[0].textContent}.`);
  });
  on(errorsBox, "change", () => {
    state.set("errors_only", errorsBox.checked);
    announce(errorsBox.checked ? "Errors only: the diagonal is neutral." : "Errors only off.");
  });
  on(levelSelect, "change", () => {
    state.set("level", levelSelect.value);
    announce(`Showing ${levelSelect.value}.`);
  });
  on(expandBox, "change", (e) => {
    const box = e.target.closest("input[data-group]");
    if (!box) return;
    display.local.expand(Number(box.dataset.group), box.checked);
    announce(`${box.checked ? "Expanded" : "Collapsed"} ${box.parentElement.textContent.trim()}.`);
  });

  function choose(cls) {
    const labels = state.get("labels");
    input.value = labels[cls];
    closeMatches();
    display.local.focus(cls, cls, true);
    announce(`Found ${labels[cls]}: its row and column are outlined.`);
  }
  function closeMatches() {
    matches.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }
  function showMatches() {
    const labels = state.get("labels");
    const found = searchClasses(labels, input.value);
    matches.replaceChildren(...found.map((cls, n) => {
      const li = h("li", "cmw-match", labels[cls]);
      li.id = `${listId}-${n}`;
      li.setAttribute("role", "option");
      li.dataset.cls = String(cls);
      return li;
    }));
    matches.hidden = found.length === 0;
    input.setAttribute("aria-expanded", String(found.length > 0));
    if (!input.value.trim()) display.local.focus(null);
  }
  function activeMatch(step) {
    const opts = [...matches.children];
    if (!opts.length) return null;
    const cur = opts.findIndex((o) => o.getAttribute("aria-selected") === "true");
    const next = step === 0 ? Math.max(cur, 0) : (cur + step + opts.length) % opts.length;
    opts.forEach((o, n) => o.setAttribute("aria-selected", String(n === next)));
    input.setAttribute("aria-activedescendant", opts[next].id);
    return opts[next];
  }
  on(input, "input", showMatches);
  on(input, "keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      activeMatch(e.key === "ArrowDown" ? 1 : -1);
      e.preventDefault();
    } else if (e.key === "Enter") {
      const opt = activeMatch(0);
      if (opt) choose(Number(opt.dataset.cls));
      e.preventDefault();
    } else if (e.key === "Escape" && !matches.hidden) {
      closeMatches();
      e.preventDefault();   // the first Escape closes the list, the next leaves the widget
    }
  });
  on(matches, "click", (e) => {
    const li = e.target.closest("li[data-cls]");
    if (li) choose(Number(li.dataset.cls));
  });
  on(topList, "click", (e) => {
    const b = e.target.closest("button[data-i]");
    if (!b) return;
    const [i, j] = [Number(b.dataset.i), Number(b.dataset.j)];
    if (state.get("level") === "groups") state.set("level", "classes");
    state.set("selected", [i, j]);
    display.local.focus(i, j, false);
  });

  // --------------------------------------------------------------------- update
  function update() {
    // Two classes need no order or search; a few need no search.
    const k = state.get("k");
    el.hidden = k <= 2;
    search.hidden = k <= SEARCH_FROM;
    const choices = state.get("orderChoices");
    for (const opt of orderSelect.options) {
      if (opt.value === "list") continue;
      opt.disabled = choices !== null && !choices.includes(opt.value);
      opt.title = opt.disabled ? "Needs a live kernel" : "";
    }
    const name = state.get("orderName");
    orderSelect.value = ORDERS.some(([v]) => v === name) ? name : "list";
    errorsBox.checked = state.get("errorsOnly");
    const groups = state.get("groups");
    levelLabel.hidden = !groups;
    levelSelect.value = state.get("level");
    updateExpand(groups);
    updateTop();
  }

  function updateExpand(groups) {
    const open = display.local.expanded();
    const show = Boolean(groups) && state.get("level") === "groups";
    expandBox.hidden = !show;
    if (!show) return;
    const boxes = groups.names.map((name, g) => {
      const lab = h("label", "cmw-expand-item");
      const box = h("input");
      box.type = "checkbox";
      box.dataset.group = String(g);
      box.checked = open.has(g);
      lab.append(box, dom.doc.createTextNode(` ${name}`));
      return lab;
    });
    expandBox.replaceChildren(h("span", "cmw-expand-title", "Expand: "), ...boxes);
  }

  function updateTop() {
    // A multi-label matrix's off-diagonal cells are label pairs, right or wrong: not errors.
    const labels = state.get("labels");
    const rows = state.get("top");
    topTitle.textContent = `${state.get("multilabel") ? "Most frequent label pairs" : "Largest errors"} (${rows.length})`;
    if (!topChosen) top.open = state.get("k") > OPEN_TOP_ABOVE;
    topList.replaceChildren(...rows.map((t) => {
      const li = h("li");
      const b = button("cmw-top-item", confusionLine(labels, t));
      b.dataset.i = String(t[0]);
      b.dataset.j = String(t[1]);
      li.append(b);
      return li;
    }));
    top.hidden = rows.length === 0;
  }

  let lastSelection = state.get("selection");
  function onSelection() {
    const sel = state.get("selection");
    if (sel !== lastSelection) announce(selectionText(sel));
    lastSelection = sel;
  }

  watch(state, ["k", "orderName", "orderChoices", "errorsOnly", "groups", "level", "top", "labels", "multilabel"], update,
    ac.signal);
  watch(state, ["selection"], onSelection, ac.signal);
  update();
  return { el, update, destroy: () => { ac.abort(); el.remove(); } };
}
