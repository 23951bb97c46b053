"""`paperlint serve` in real headless Chromium (Debian's /usr/bin/chromium driven by
Playwright, no browser download): upload a .docx, see its findings, walk them with the
keyboard, accept one fix and dismiss one, edit the text and see it checked again, download
the results and read them back; a chair's .zip folder as one sortable table. The screenshots
for the README are saved as docs/images/serve.png and triage.png. In CI (CI=true) a missing browser fails these tests."""

from __future__ import annotations

import io

import docx
import pytest

pytest.importorskip("starlette", reason="paperlint[serve] is not installed")

from paperlint.checker import RunOptions  # noqa: E402
from tests.conftest import EXAMPLES, ROOT  # noqa: E402
from tests.test_html_browser import browser  # noqa: E402,F401  (the shared Chromium fixture)
from tests.test_serve import running_server  # noqa: E402

SCREENSHOT = ROOT / "docs" / "images" / "serve.png"
TRIAGE_SCREENSHOT = ROOT / "docs" / "images" / "triage.png"
PARAGRAPHS = [
    "top of page",
    "Position Paper for the General Assembly",
    "Committee: General Assembly Third Committee",
    "Country: Belgium",
    "Belgium believes that every child has a right to education. The delegation supports the the "
    "expansion of school meals, which keep children in class.",
    "Belgium calls on Member States to fund teacher training in rural areas. Belgium don't accept "
    "cuts to aid irregardless of the budget.",
]


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def word_paper() -> bytes:
    document = docx.Document()
    for text in PARAGRAPHS:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def base_url():
    with running_server(RunOptions(), warm_up=True) as url:  # the real engines, as a delegate gets them
        yield url


@pytest.fixture
def page(browser, base_url, tmp_path):  # noqa: F811
    context = browser.new_context(viewport={"width": 1400, "height": 950}, accept_downloads=True)
    page = context.new_page()
    page.problems = []
    page.outside = []
    page.on("console", lambda message: message.type in ("error", "warning") and page.problems.append(message.text))
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    page.on("request", lambda request: request.url.startswith(base_url) or page.outside.append(request.url))
    page.goto(base_url + "/")
    yield page
    context.close()


def cards(page):
    return page.locator("li.card")


def test_upload_review_fix_and_download_a_word_paper(page, tmp_path):
    paper = tmp_path / "belgium-ga.docx"
    paper.write_bytes(word_paper())
    page.set_input_files("#file", str(paper))
    page.wait_for_selector("li.card", timeout=120_000)
    texts = cards(page).locator(".quote").all_text_contents()
    assert "“top of page”" in texts
    assert page.locator("mark.hl").count() >= 1
    assert page.locator("#paper").text_content().startswith("top of page")
    # each card explains its rule with the text of `paperlint rule CODE`
    first_code = cards(page).first.locator(".code").text_content()
    assert page.locator("li.card details pre").first.text_content().startswith(first_code)

    # keyboard: j moves to the next finding, k back
    page.locator("body").press("j")
    page.locator("body").press("j")
    assert page.locator("li.card.active").get_attribute("data-index") == "1"
    page.locator("body").press("k")
    assert page.locator("li.card.active").get_attribute("data-index") == "0"

    # accept the debris removal
    debris = cards(page).filter(has_text="top of page")
    before = cards(page).count()
    debris.locator("button.accept").first.click()
    page.wait_for_function("() => !document.querySelector('#paper').textContent.includes('top of page')")
    assert "1 change" in page.locator("#summary").text_content()
    # dismiss another one
    after_accept = cards(page).count()
    dismissed_quote = cards(page).first.locator(".quote").text_content()
    dismissed_code = cards(page).first.locator(".code").text_content()
    cards(page).first.locator("button.dismiss").click()
    page.wait_for_function(f"() => document.querySelectorAll('li.card').length === {after_accept - 1}")
    assert before >= after_accept

    # an edit in the page is checked again
    page.locator("#paper").click()
    page.keyboard.press("Control+End")
    page.keyboard.type(" Belgium want peace.")
    page.wait_for_function("() => document.querySelector('#status').textContent === 'Up to date.' && "
                           "document.querySelector('#summary').textContent.includes('2 changes')", timeout=60_000)

    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    with page.expect_download() as text_download:
        page.locator("#download-text").click()
    text = open(text_download.value.path(), encoding="utf-8").read()
    assert text_download.value.suggested_filename == "belgium-ga-paperlint.txt"
    assert "top of page" not in text and "Belgium want peace." in text and "Country: Belgium" in text

    with page.expect_download() as word_download:
        page.locator("#download-docx").click()
    assert word_download.value.suggested_filename == "belgium-ga-paperlint.docx"
    copy = docx.Document(word_download.value.path())
    comments = ["\n".join(p.text for p in c.paragraphs) for c in copy.comments]
    body = copy.element.body
    deleted = "".join(t.text or "" for change in body.iter(f"{W}del") for t in change.iter(f"{W}delText"))
    inserted = "".join(t.text or "" for change in body.iter(f"{W}ins") for t in change.iter(f"{W}t"))
    assert "top of page" in deleted  # the accepted change, as a tracked deletion
    assert "Belgium want peace." in inserted  # the delegate's typing, as a tracked insertion
    assert not any(c.startswith(dismissed_code) and dismissed_quote.strip("“”") in c for c in comments)  # dismissed

    with page.expect_download() as report_download:
        page.locator("#download-html").click()
    assert "<title>paperlint report: belgium-ga.docx</title>" in open(report_download.value.path(), encoding="utf-8").read()
    assert page.problems == [] and page.outside == []


def test_a_script_in_a_paper_does_not_run(page, tmp_path):
    paper = tmp_path / "hostile.md"
    paper.write_text("# Paper\n\nBelgium <script>window.__pwned = 1</script> and <img src=x onerror=\"window.__pwned = 2\">.\n",
                     encoding="utf-8")
    page.set_input_files("#file", str(paper))
    page.wait_for_selector("#workspace:not([hidden])", timeout=60_000)
    assert page.evaluate("() => window.__pwned === undefined")
    assert page.locator("#paper img, #paper script").count() == 0
    assert "<script>window.__pwned = 1</script>" in page.locator("#paper").text_content()
    assert page.problems == []


def test_a_chair_drops_a_zip_folder_and_sorts_the_triage(page, tmp_path):
    """The chair's view: every paper of a .zip in one table, sortable, with the copies across
    papers side by side; the screenshot for the README is docs/images/triage.png."""
    import zipfile

    control = (EXAMPLES / "control.txt").read_text(encoding="utf-8")
    folder = tmp_path / "ga1-papers.zip"
    with zipfile.ZipFile(folder, "w") as archive:
        archive.write(EXAMPLES / "belgium.txt", "GA1/belgium.txt")
        archive.writestr("GA1/japan.txt", control)
        archive.writestr("GA1/ghana.txt", control.replace("Japan", "Ghana"))
        for paper in sorted((EXAMPLES / "papers-repo" / "papers").iterdir()):
            archive.write(paper, f"GA1/{paper.name}")
        archive.writestr("GA1/seating-plan.png", b"\x89PNG")
    page.set_input_files("#folder", str(folder))
    page.wait_for_selector("#triage:not([hidden]) section.index tbody tr", timeout=180_000)
    rows = page.locator("section.index tbody tr")
    assert rows.count() == 5
    assert "GA1/seating-plan.png" in page.locator("#triage-skipped").text_content()
    attention = [float(v) for v in page.eval_on_selector_all(
        "section.index tbody tr", "rows => rows.map(row => row.cells[8].getAttribute('data-value'))")]
    assert attention == sorted(attention, reverse=True)  # most in need of attention first
    heading = page.locator("section.index th", has_text="words")
    heading.locator("button").click()
    assert heading.get_attribute("aria-sort") == "descending"
    assert page.locator("section.copies .pair", has_text="GA1/ghana.txt").count() == 1
    TRIAGE_SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.locator("#triage").screenshot(path=str(TRIAGE_SCREENSHOT))
    with page.expect_download() as table:
        page.locator("#download-folder-csv").click()
    assert open(table.value.path(), encoding="utf-8").readline().startswith("file,country,committee")
    assert page.problems == [] and page.outside == []
