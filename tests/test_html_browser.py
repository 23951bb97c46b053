"""The HTML report in real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright
without its own browser download): it loads without console errors or network requests, the
highlights sit where the findings say, the filters work, a paper's <script> does not run, and
a screenshot is saved under tests/artifacts/. In CI (CI=true) a missing browser fails the tests."""

from __future__ import annotations

import os
import shutil

import pytest

from paperlint.checker import check_path
from paperlint.config import Config
from paperlint.reporters import html as html_report
from paperlint.settings import resolve
from tests.conftest import EXAMPLES, ROOT
from tests.test_reporters_html import HOSTILE

CHROMIUM = os.environ.get("PAPERLINT_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "tests" / "artifacts"
CONFERENCE_SCREENSHOT = ROOT / "docs" / "images" / "conference.png"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--no-first-run", "--disable-dev-shm-usage"]


def _unavailable(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}: CI must run the browser tests (.ci/run installs chromium and playwright)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install playwright; no `playwright install` needed)")
    if not os.path.isfile(CHROMIUM):
        _unavailable(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as playwright:
        # Playwright gives the browser a fresh temporary profile (its --user-data-dir) itself.
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("html")
    hostile = folder / "hostile.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    settings = resolve(Config())
    results = [check_path(str(path), settings) for path in (EXAMPLES / "belgium.txt", EXAMPLES / "belgium.docx", hostile)]
    path = folder / "report.html"
    path.write_text(html_report.render(results), encoding="utf-8")
    return path, results


@pytest.fixture
def page(browser, report):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.problems = []
    page.requests = []
    page.on("console", lambda message: message.type in ("error", "warning") and page.problems.append(message.text))
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    page.on("request", lambda request: page.requests.append(request.url))
    page.goto(report[0].as_uri())
    yield page
    page.close()


def test_loads_without_errors_or_network_and_saves_a_screenshot(page, report):
    assert page.title() == "paperlint report"
    assert page.problems == []
    assert page.requests == [report[0].as_uri()]
    assert page.locator("section.index tr").count() == 1 + len(report[1])
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "html-report.png"
    page.locator("#paper-1").screenshot(path=str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


def test_highlights_sit_where_the_findings_say(page, report):
    shown = page.evaluate(
        """() => {
            const out = {};
            document.querySelectorAll("li.finding").forEach(item => {
                const id = item.getAttribute("data-finding");
                out[id] = Array.from(document.querySelectorAll(`mark.hl[data-findings~="${id}"]`))
                    .map(mark => mark.textContent).join("");
            });
            return out;
        }"""
    )
    expected = {
        html_report.finding_id(paper, number): finding.text
        for paper, result in enumerate(report[1], 1)
        for number, finding in enumerate(sorted(result.findings, key=lambda f: f.sort_key), 1)
    }
    assert shown == expected and len(expected) > 20
    # and the rendered text is the paper's text: highlights sit at the right offsets
    for paper, result in enumerate(report[1], 1):
        text = page.locator(f"#paper-{paper} article.paper-text").text_content()
        assert text == result.document.text
        first = sorted(result.findings, key=lambda f: f.sort_key)[0]
        offset = page.evaluate(
            """([paper, id]) => {
                const article = document.querySelector(`#paper-${paper} article.paper-text`);
                const mark = article.querySelector(`mark.hl[data-findings~="${id}"]`);
                const range = document.createRange();
                range.setStart(article, 0);
                range.setEndBefore(mark);
                return range.toString().length;
            }""",
            [paper, html_report.finding_id(paper, 1)],
        )
        assert offset == first.start


def _visible(page, paper: int) -> dict:
    return page.evaluate(
        """(paper) => {
            const section = document.querySelector(`#paper-${paper}`);
            const items = Array.from(section.querySelectorAll("li.finding"));
            return {
                severities: [...new Set(items.filter(i => !i.hidden).map(i => i.dataset.severity))].sort(),
                categories: [...new Set(items.filter(i => !i.hidden).map(i => i.dataset.category))].sort(),
                visible: items.filter(i => !i.hidden).length,
                shown: Number(section.querySelector(".shown-count").textContent),
                lit: Array.from(section.querySelectorAll("mark.hl:not(.off)")).map(m => m.dataset.findings),
            };
        }""",
        paper,
    )


def test_filters_hide_findings_and_their_highlights(page, report):
    findings = report[1][0].findings
    before = _visible(page, 1)
    assert before["visible"] == before["shown"] == len(findings)
    page.locator('#paper-1 input[data-filter="severity"][value="warning"]').uncheck()
    after = _visible(page, 1)
    assert "warning" not in after["severities"]
    assert after["visible"] == after["shown"] == sum(1 for f in findings if str(f.severity) != "warning")
    warnings = {html_report.finding_id(1, n) for n, f in enumerate(sorted(findings, key=lambda f: f.sort_key), 1)
                if str(f.severity) == "warning"}
    assert all(set(ids.split()) - warnings for ids in after["lit"])  # a lit mark shows a visible finding
    assert len(after["lit"]) < len(before["lit"])
    category = sorted({f.category for f in findings})[0]
    page.locator(f'#paper-1 input[data-filter="category"][value="{category}"]').uncheck()
    assert category not in _visible(page, 1)["categories"]
    assert _visible(page, 2)["visible"] == len(report[1][1].findings)  # other papers keep their filters
    page.locator('#paper-1 input[data-filter="severity"][value="warning"]').check()
    page.locator(f'#paper-1 input[data-filter="category"][value="{category}"]').check()
    assert _visible(page, 1) == before


def test_clicking_a_finding_marks_its_highlight(page):
    item = page.locator("#paper-1 li.finding").nth(2)
    item.click()
    ident = item.get_attribute("data-finding")
    assert page.locator(f'mark.hl.active[data-findings~="{ident}"]').count() >= 1
    assert page.locator("#paper-1 li.finding.active").count() == 1


def test_a_paper_with_script_tags_does_not_run_them(page, report):
    assert page.evaluate("() => window.__pwned === undefined")
    assert page.locator("#paper-3 img").count() == 0
    text = page.locator("#paper-3 article.paper-text").text_content()
    assert "<script>window.__pwned = 1</script>" in text and '<img src=x onerror="window.__pwned = 2">' in text
    assert page.problems == []


def test_the_triage_table_sorts_by_a_clicked_column(page):
    def column(index: int) -> list[str]:
        return page.eval_on_selector_all(
            "section.index tbody tr", f"rows => rows.map(row => row.cells[{index}].getAttribute('data-value') ?? row.cells[{index}].textContent)")

    heading = page.locator("section.index th", has_text="words")
    heading.locator("button").click()
    assert heading.get_attribute("aria-sort") == "descending"
    words = [float(value) for value in column(3)]
    assert words == sorted(words, reverse=True)
    heading.locator("button").click()
    assert [float(value) for value in column(3)] == sorted(words)
    page.locator("section.index th", has_text="paper").locator("button").click()
    names = column(0)
    assert names == sorted(names, key=str.lower, reverse=True)
    assert page.problems == []


def test_the_conference_report_of_a_papers_repository(browser, tmp_path, monkeypatch):
    """The report the example papers repository's workflow keeps with each run: its papers
    under the repository's own config; the screenshot for the README is
    docs/images/conference.png."""
    from paperlint.checker import RunOptions, check_paths, discover
    from paperlint.grammar import GrammarService

    monkeypatch.chdir(EXAMPLES / "papers-repo")  # paths as the workflow sees them: papers/…
    grammar = GrammarService()
    try:
        found = discover(["papers"]).papers
        results = list(check_paths(found, RunOptions(grammar="harper", use_cache=False), grammar))
    finally:
        grammar.close()
    path = tmp_path / "paperlint-report.html"
    path.write_text(html_report.render(results), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(path.as_uri())
    assert page.locator("section.index tbody tr").count() == len(results) == 2
    assert "springfield profile" in page.locator("body").text_content()  # the repository's own config
    page.locator("section.index th", has_text="needs attention").locator("button").click()
    CONFERENCE_SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(CONFERENCE_SCREENSHOT), clip={"x": 0, "y": 0, "width": 1280, "height": 760})
    page.close()
    assert problems == []
