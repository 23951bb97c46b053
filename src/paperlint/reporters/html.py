"""html: one self-contained page (`--output-format html -o report.html`).

Each paper's text with its findings highlighted inline, a side panel of findings that filters
by category and severity, the readability and structure summary, and for several papers an
index table linking to each. Everything is inline (no external asset, no network) and a strict
Content-Security-Policy allows only this page's own style and script, by hash: all text from a
paper is escaped, and even markup that slipped through could not run.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections import Counter

from paperlint import __version__
from paperlint.analysis.stats import PaperStats, reading_grade
from paperlint.findings import severity_counts
from paperlint.reporters import describe_suggestion, source_place, summary

_SEVERITIES = ("error", "warning", "info")

STYLE = """
:root { --error: #c62828; --warning: #b26a00; --info: #1565c0; --line: #ddd; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #222; background: #fafafa; }
header, section.paper, section.index { max-width: 1400px; margin: 0 auto; padding: 1rem 1.5rem; }
h1 { font-size: 1.5rem; margin: .5rem 0; } h2 { font-size: 1.2rem; word-break: break-all; }
table { border-collapse: collapse; margin: .5rem 0; } th, td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(280px, 2fr); gap: 1.5rem; align-items: start; }
.paper-text { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; border: 1px solid var(--line); padding: 1rem 1.25rem; font-family: Georgia, serif; line-height: 1.7; }
mark.hl { background: #fff3c4; border-bottom: 2px solid var(--warning); cursor: pointer; padding: 0; color: inherit; }
mark.hl.sev-error { background: #fde0e0; border-bottom-color: var(--error); }
mark.hl.sev-info { background: #e3eefc; border-bottom-color: var(--info); }
mark.hl.off { background: transparent; border-bottom-color: transparent; cursor: auto; }
mark.hl.active, li.finding.active { outline: 2px solid #333; }
aside.panel { position: sticky; top: .5rem; max-height: calc(100vh - 1rem); overflow: auto; background: #fff; border: 1px solid var(--line); padding: .75rem; }
fieldset { border: 1px solid var(--line); margin: 0 0 .5rem; } legend { font-weight: 600; }
label { margin-right: .75rem; white-space: nowrap; }
ol.findings { padding-left: 1.5rem; margin: 0; } li.finding { margin: .4rem 0; padding: .2rem .3rem; }
li.finding .code { font-weight: 700; } li.finding .sev { text-transform: uppercase; font-size: .75rem; font-weight: 700; }
.sev-error .sev, .count-error { color: var(--error); } .sev-warning .sev, .count-warning { color: var(--warning); } .sev-info .sev, .count-info { color: var(--info); }
li.finding .quote { font-family: Georgia, serif; color: #555; } li.finding .extra { color: #444; font-size: .9rem; margin: .1rem 0 0; }
.error-box { border: 1px solid var(--error); color: var(--error); padding: .5rem 1rem; background: #fff; }
details { margin: .5rem 0; } dl { margin: .25rem 0; display: grid; grid-template-columns: max-content auto; gap: 0 1rem; } dt { font-weight: 600; } dd { margin: 0; }
th button.sort { all: unset; cursor: pointer; font-weight: 600; } th button.sort:focus-visible { outline: 2px solid #333; }
th[aria-sort="ascending"] button.sort::after { content: " \\25B2"; } th[aria-sort="descending"] button.sort::after { content: " \\25BC"; }
section.rules, section.copies { max-width: 1400px; margin: 0 auto; padding: 1rem 1.5rem; }
.pair { border: 1px solid var(--line); background: #fff; padding: .5rem 1rem; margin: .75rem 0; }
.side-by-side { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; margin: .5rem 0; }
.side-by-side h4 { margin: 0 0 .25rem; font-size: .9rem; word-break: break-all; }
.passage { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, serif; background: #fff8e1; border: 1px solid var(--line); padding: .5rem; max-height: 16rem; overflow: auto; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } aside.panel { position: static; max-height: none; } }
"""

# Sorting by a clicked column header, for every `table.sortable` under a root: shared by this
# report and the triage view of `paperlint serve` (served there as /report-sort.js).
SORT_SCRIPT = """
function sortTables(root) {
  root.querySelectorAll("table.sortable").forEach(function (table) {
    var body = table.tBodies[0];
    table.querySelectorAll("th button.sort").forEach(function (button) {
      button.addEventListener("click", function () {
        var th = button.parentNode, column = th.cellIndex, numeric = th.getAttribute("data-type") === "number";
        var descending = th.getAttribute("aria-sort") !== "descending";
        table.querySelectorAll("th").forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        function key(row) {
          var cell = row.cells[column], value = cell.getAttribute("data-value");
          if (value === null) { value = cell.textContent; }
          return numeric ? (value === "" ? -Infinity : Number(value)) : value.toLowerCase();
        }
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a), y = key(b), order = x < y ? -1 : x > y ? 1 : 0;
          return descending ? -order : order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
}
"""

SCRIPT = SORT_SCRIPT + """
(function () {
  function findingIds(mark) { return (mark.getAttribute("data-findings") || "").split(" "); }
  document.querySelectorAll("section.paper").forEach(function (section) {
    var boxes = section.querySelectorAll("input[data-filter]");
    var items = section.querySelectorAll("li.finding");
    var marks = section.querySelectorAll("mark.hl");
    var shown = section.querySelector(".shown-count");
    function update() {
      var on = { category: {}, severity: {} };
      boxes.forEach(function (box) { on[box.getAttribute("data-filter")][box.value] = box.checked; });
      var visible = {}, count = 0;
      items.forEach(function (item) {
        var show = on.category[item.getAttribute("data-category")] === true &&
                   on.severity[item.getAttribute("data-severity")] === true;
        item.hidden = !show;
        if (show) { visible[item.getAttribute("data-finding")] = true; count += 1; }
      });
      marks.forEach(function (mark) {
        mark.classList.toggle("off", !findingIds(mark).some(function (id) { return visible[id]; }));
      });
      if (shown) { shown.textContent = String(count); }
    }
    function activate(ids) {
      section.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
      ids.forEach(function (id) {
        var item = section.querySelector('li.finding[data-finding="' + id + '"]');
        if (item && !item.hidden) { item.classList.add("active"); item.scrollIntoView({ block: "nearest" }); }
        marks.forEach(function (mark) { if (findingIds(mark).indexOf(id) >= 0) { mark.classList.add("active"); } });
      });
    }
    boxes.forEach(function (box) { box.addEventListener("change", update); });
    marks.forEach(function (mark) {
      mark.addEventListener("click", function () { if (!mark.classList.contains("off")) { activate(findingIds(mark)); } });
    });
    items.forEach(function (item) {
      item.addEventListener("click", function () {
        var id = item.getAttribute("data-finding");
        activate([id]);
        var first = section.querySelector('mark.hl[data-findings~="' + id + '"]');
        if (first) { first.scrollIntoView({ block: "center" }); }
      });
    });
    update();
  });
  sortTables(document);
})();
"""


def _hash(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


CONTENT_SECURITY_POLICY = (
    f"default-src 'none'; style-src '{_hash(STYLE)}'; script-src '{_hash(SCRIPT)}'; "
    "img-src 'none'; base-uri 'none'; form-action 'none'"
)


def e(value) -> str:
    """Escape anything for HTML text or a quoted attribute."""
    return html.escape(str(value), quote=True)


def finding_id(paper: int, number: int) -> str:
    return f"p{paper}-f{number}"


def highlighted_text(text: str, findings, paper: int) -> str:
    """The paper's text, escaped, with each stretch covered by findings in one <mark>."""
    spans = [(f.start, f.end, finding_id(paper, n), f.severity) for n, f in enumerate(findings, 1)]
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    anchors: Counter[str] = Counter()
    out = []
    for start, end in zip(cuts, cuts[1:]):
        for s, _, ident, _ in spans:
            if s == start and anchors[ident] == 0:
                anchors[ident] += 1
                out.append(f'<span class="anchor" id="{ident}-at"></span>')
        covering = [(ident, severity) for s, e_, ident, severity in spans if s <= start and end <= e_]
        chunk = e(text[start:end])
        if covering:
            worst = max(severity for _, severity in covering)
            ids = " ".join(ident for ident, _ in covering)
            out.append(f'<mark class="hl sev-{worst}" data-findings="{ids}">{chunk}</mark>')
        else:
            out.append(chunk)
    return "".join(out)


def _finding_item(f, ident: str) -> str:
    parts = [
        f'<li class="finding sev-{f.severity}" data-finding="{ident}" data-category="{e(f.category)}" data-severity="{f.severity}">',
        f'<a class="code" href="#{ident}-at">{e(f.code)}</a> <span class="sev">{f.severity}</span> ',
        f'<span class="name">{e(f.name)}</span> · line {f.line}',
        f" · {e(source_place(f))}" if source_place(f) else "",
        f'<div class="message">{e(f.message)}</div>',
        f'<div class="quote">“{e(f.text)}”</div>',
    ]
    parts += [f'<div class="extra">Suggestion: {e(describe_suggestion(f, s))}</div>' for s in f.suggestions]
    parts += [f'<div class="extra">Note: {e(d)}</div>' for d in f.details]
    return "".join(parts) + "</li>"


def _filters(findings) -> str:
    categories = sorted({f.category for f in findings})
    boxes = ['<fieldset><legend>Severity</legend>']
    counts = severity_counts(findings)
    for severity in _SEVERITIES:
        boxes.append(f'<label><input type="checkbox" data-filter="severity" value="{severity}" checked> '
                     f'<span class="count-{severity}">{severity}</span> ({counts[severity]})</label>')
    boxes.append('</fieldset><fieldset><legend>Category</legend>')
    by_category = Counter(f.category for f in findings)
    for category in categories:
        boxes.append(f'<label><input type="checkbox" data-filter="category" value="{e(category)}" checked> '
                     f'{e(category)} ({by_category[category]})</label>')
    boxes.append("</fieldset>")
    return "".join(boxes)


def _data(value, depth: int = 0) -> str:
    """Plain data (the readability and structure figures) as nested lists and tables."""
    if isinstance(value, dict):
        return (
            "<dl>"
            + "".join(f"<dt>{e(str(k).replace('_', ' '))}</dt><dd>{_data(v, depth + 1)}</dd>" for k, v in value.items())
            + "</dl>"
        )
    if isinstance(value, list):
        if value and all(isinstance(item, dict) for item in value):
            keys = list(dict.fromkeys(k for item in value for k in item))
            head = "".join(f"<th>{e(k.replace('_', ' '))}</th>" for k in keys)
            rows = "".join(
                "<tr>" + "".join(f"<td>{_data(item.get(k, ''), depth + 1)}</td>" for k in keys) + "</tr>" for item in value
            )
            return f"<table><tr>{head}</tr>{rows}</table>"
        return e(", ".join(str(item) for item in value)) if value else "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return e(f"{value:.2f}".rstrip("0").rstrip("."))
    return e(value)


def _stats(stats: PaperStats | None) -> str:
    if not stats:
        return ""
    sections = []
    for key, value in stats.to_dict().items():
        title = e(key.replace("_", " ").capitalize())
        sections.append(f"<details{' open' if key == 'scores' else ''}><summary>{title}</summary>{_data(value)}</details>")
    return '<div class="stats"><h3>Readability and structure</h3>' + "".join(sections) + "</div>"


def _counts_line(findings) -> str:
    counts = severity_counts(findings)
    return ", ".join(f'<span class="count-{s}">{counts[s]} {s}</span>' for s in _SEVERITIES)


def _paper(result, paper: int) -> str:
    head = f'<section class="paper" id="paper-{paper}"><h2>{e(result.path)}</h2>'
    if result.error:
        return head + f'<p class="error-box">Could not be read: {e(result.error)}</p></section>'
    findings = sorted(result.findings, key=lambda f: f.sort_key)
    document = result.document
    items = "".join(_finding_item(f, finding_id(paper, n)) for n, f in enumerate(findings, 1))
    stats = result.stats
    grade = reading_grade(stats)
    return (
        head
        + f'<p class="counts">{len(findings)} finding{"s" if len(findings) != 1 else ""}: {_counts_line(findings)}'
        + f' · {document.word_count} words' + ("" if grade is None else f" · reading grade {grade:g}") + "</p>"
        + '<div class="layout">'
        + f'<article class="paper-text">{highlighted_text(document.text, findings, paper)}</article>'
        + f'<aside class="panel">{_filters(findings)}'
        + f'<p>Showing <span class="shown-count">{len(findings)}</span> of {len(findings)}</p>'
        + f'<ol class="findings">{items}</ol></aside>'
        + "</div>" + _stats(stats) + "</section>"
    )


_INDEX_COLUMNS = (("paper", "text"), ("country", "text"), ("committee", "text"), ("words", "number"),
                  ("reading grade", "number"), ("errors", "number"), ("warnings", "number"), ("info", "number"),
                  ("needs attention", "number"), ("status", "text"))


def _sortable_head(columns) -> str:
    return "<thead><tr>" + "".join(
        f'<th data-type="{kind}"><button type="button" class="sort">{e(name)}</button></th>' for name, kind in columns
    ) + "</tr></thead>"


def _number(value) -> str:
    shown = "" if value is None else f"{value:g}"
    return f'<td class="n" data-value="{shown}">{shown}</td>'


def triage_sections(results, report, link_papers: bool = True) -> str:
    """The triage table, the findings per rule and the copies across papers, escaped; each
    paper's name links to its section of the report when `link_papers`."""
    return _index(results, report, link_papers) + _rule_totals(report) + _copies(report, results)


def _index(results, report, link_papers: bool) -> str:
    """The chair's triage table (paperlint.triage), most attention first, sortable by any column."""
    numbers = {r.path: paper for paper, r in enumerate(results, 1)}
    errors = {r.path: r.error for r in results}
    rows = []
    for row in report.rows:
        status = f"{row.status}: {e(errors[row.path])}" if errors[row.path] else row.status
        name = f'<a href="#paper-{numbers[row.path]}">{e(row.path)}</a>' if link_papers else e(row.path)
        rows.append(
            f'<tr><td>{name}</td>'
            f"<td>{e(row.country or '')}</td><td>{e(row.committee or '')}</td>"
            + _number(row.words)
            + _number(row.reading_grade)
            + "".join(
                f'<td class="n count-{s}" data-value="{n}">{n}</td>'
                for s, n in (("error", row.errors), ("warning", row.warnings), ("info", row.info))
            )
            + _number(row.attention)
            + f"<td>{status}</td></tr>"
        )
    return (
        '<section class="index" id="index"><h2>Papers</h2><table class="sortable">'
        + _sortable_head(_INDEX_COLUMNS) + "<tbody>" + "".join(rows) + "</tbody></table>"
        + "<p>Needs attention (0–100): half the paper's weighted findings per 1,000 words (3 per error, 1 per "
        "warning; at most 60), plus 40 for a copy of another paper or 20 for shared passages; 100 for a paper "
        "that could not be read.</p></section>"
    )


def _rule_totals(report) -> str:
    if not report.rules:
        return ""
    rows = "".join(
        f'<tr><td>{e(rule.code)}</td><td>{e(rule.name)}</td><td class="sev-{e(rule.severity)}">{e(rule.severity)}</td>'
        f'<td class="n" data-value="{rule.findings}">{rule.findings}</td><td class="n" data-value="{rule.papers}">{rule.papers}</td></tr>'
        for rule in report.rules
    )
    head = _sortable_head(
        (("rule", "text"), ("name", "text"), ("severity", "text"), ("findings", "number"), ("papers", "number"))
    )
    return f'<section class="rules" id="rules"><h2>Findings per rule</h2><table class="sortable">{head}<tbody>{rows}</tbody></table></section>'


def _copies(report, results) -> str:
    """Each pair of papers that share text, with each shared passage side by side."""
    from paperlint.reporters._summary import describe_pair

    if not report.copies.pairs:
        return ""
    texts = {r.path: r.document.text for r in results if r.document is not None}
    count = len(report.copies.pairs)
    parts = [f'<section class="copies" id="copies"><h2>Copies across papers ({count} pair{"" if count == 1 else "s"})</h2>']
    for group in report.copies.groups:
        parts.append(f"<p>{len(group)} papers linked by shared text (one source, such as a web page): "
                     + ", ".join(e(path) for path in group) + "</p>")
    for pair in report.copies.pairs:
        parts.append(f'<div class="pair"><h3>{e(pair.first)} and {e(pair.second)}</h3><p>{e(describe_pair(pair))}</p>')
        for passage in pair.passages:
            parts.append(
                '<div class="side-by-side">'
                f'<div><h4>{e(pair.first)} ({passage.words} words{"" if passage.exact else ", a few changed"})</h4>'
                f'<div class="passage">{e(texts[pair.first][slice(*passage.first)])}</div></div>'
                f'<div><h4>{e(pair.second)}</h4><div class="passage">{e(texts[pair.second][slice(*passage.second)])}</div></div>'
                "</div>"
            )
        parts.append("</div>")
    return "".join(parts) + "</section>"


def render(results) -> str:
    from paperlint.triage import triage

    report = triage(results) if len(results) > 1 else None
    counts = summary(results)
    title = "paperlint report" + (f": {results[0].path}" if len(results) == 1 else "")
    papers = f"{counts['files']} paper{'s' if counts['files'] != 1 else ''}"
    return "".join(
        [
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta name="generator" content="paperlint {e(__version__)}">',
            f"<title>{e(title)}</title><style>{STYLE}</style></head><body>",
            f"<header><h1>{e(title)}</h1><p>{counts['findings']} findings in {papers}: {_counts_line([f for r in results for f in r.findings])}</p></header>",
            triage_sections(results, report) if report else "",
            *(_paper(r, paper) for paper, r in enumerate(results, 1)),
            f"<script>{SCRIPT}</script></body></html>\n",
        ]
    )
