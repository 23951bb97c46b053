"""The HTML report without a browser: self-contained, escaped, its CSP hashes right, and its
highlights covering exactly each finding's text (tests/test_html_browser.py runs it in Chromium)."""

from __future__ import annotations

import base64
import hashlib
import re
from collections import defaultdict
from html.parser import HTMLParser

from paperlint.checker import check_path
from paperlint.config import Config
from paperlint.reporters import html as html_report
from paperlint.results import FileResult
from paperlint.settings import resolve
from tests.conftest import EXAMPLES, document_from

HOSTILE = (
    "Committee: Security Council\nCountry: Belgium\nTopic: Terrorism\n\n"
    "Belgium don't accept <script>window.__pwned = 1</script> in the mere future.\n\n"
    '<img src=x onerror="window.__pwned = 2"> Recent Posts & "quotes" \'apostrophes\'\n'
)


class _Page(HTMLParser):
    """Collects the text under each highlight, the tags used and every URL-valued attribute."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[list[str]] = []
        self.highlighted: dict[str, str] = defaultdict(str)
        self.tags: list[str] = []
        self.urls: list[str] = []
        self.inline: dict[str, str] = {}
        self._raw: str | None = None
        self.text_of_paper = ""
        self._in_paper = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        self.urls += [value for name, value in attrs.items() if name in ("src", "href", "action") and value]
        if tag in ("style", "script"):
            self._raw = tag
        if tag == "article":
            self._in_paper += 1
        self.stack.append((attrs.get("data-findings") or "").split() if tag == "mark" else [])

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self._raw = None
        if tag == "article":
            self._in_paper -= 1
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if self._raw:
            self.inline[self._raw] = self.inline.get(self._raw, "") + data
        if self._in_paper:
            self.text_of_paper += data
        for ids in self.stack:
            for ident in ids:
                self.highlighted[ident] += data


def parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    return parser


def hostile_result(tmp_path):
    paper = tmp_path / "hostile.txt"
    paper.write_text(HOSTILE, encoding="utf-8")
    return check_path(str(paper), resolve(Config()))


def test_highlights_cover_exactly_each_finding():
    results = [check_path(str(EXAMPLES / name), resolve(Config())) for name in ("belgium.txt", "belgium.docx")]
    page = parse(html_report.render(results))
    for paper, result in enumerate(results, 1):
        findings = sorted(result.findings, key=lambda f: f.sort_key)
        assert findings
        for number, finding in enumerate(findings, 1):
            assert page.highlighted[html_report.finding_id(paper, number)] == finding.text
    assert page.text_of_paper == results[0].document.text + results[1].document.text


def test_paper_text_is_escaped_and_nothing_is_external(tmp_path):
    result = hostile_result(tmp_path)
    page_source = html_report.render([result])
    page = parse(page_source)
    assert "<script>window.__pwned" not in page_source and "<img" not in page_source
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page_source
    assert set(page.tags) - {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "span",
                             "section", "div", "article", "mark", "aside", "fieldset", "legend", "label", "input",
                             "ol", "li", "a", "details", "summary", "dl", "dt", "dd", "table", "tr", "th", "td", "script"} == set()
    assert page.tags.count("script") == 1
    assert all(url.startswith("#") for url in page.urls), page.urls
    assert result.document.text in page.text_of_paper


def test_content_security_policy_allows_only_the_inline_style_and_script_by_hash(tmp_path):
    page_source = html_report.render([hostile_result(tmp_path)])
    page = parse(page_source)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page_source)[1]
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy

    def digest(source: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"

    assert f"style-src {digest(page.inline['style'])}" in policy
    assert f"script-src {digest(page.inline['script'])}" in policy


def test_many_papers_get_an_index_with_links(tmp_path):
    results = [
        check_path(str(EXAMPLES / "belgium.txt"), resolve(Config())),
        hostile_result(tmp_path),
        FileResult(str(tmp_path / "broken.docx"), error="corrupt .docx"),
    ]
    page_source = html_report.render(results)
    index = re.search(r'<section class="index".*?</section>', page_source, re.S)[0]
    assert [f"#paper-{n}" for n in (1, 2, 3)] == sorted(re.findall(r'href="(#paper-\d)"', index))
    for n in (1, 2, 3):
        assert f'id="paper-{n}"' in page_source
    assert "not read: corrupt .docx" in index
    single = html_report.render(results[:1])
    assert 'class="index"' not in single


def test_overlapping_findings_share_marks():
    document = document_from("Belgium joined the United Nation Security Council.\n")
    from paperlint.findings import Finding, Severity

    def finding(start, end, severity):
        return Finding("p.txt", "XX001", "x", "style", severity, "m", start, end, 1, start + 1, 1, end + 1, document.text[start:end])

    outer, inner = finding(19, 49, Severity.WARNING), finding(19, 32, Severity.ERROR)
    page = parse(html_report.highlighted_text(document.text, [outer, inner], 1))
    assert page.highlighted["p1-f1"] == outer.text and page.highlighted["p1-f2"] == inner.text
    marks = html_report.highlighted_text(document.text, [outer, inner], 1)
    assert '<mark class="hl sev-error" data-findings="p1-f1 p1-f2">United Nation</mark>' in marks


def test_cli_writes_the_report(run_cli, tmp_path):
    target = tmp_path / "report.html"
    code, out, err = run_cli("check", EXAMPLES / "belgium.txt", "--output-format", "html", "-o", target)
    assert code == 1, err
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert page.count('<li class="finding') == len(check_path(str(EXAMPLES / "belgium.txt"), resolve(Config())).findings)
