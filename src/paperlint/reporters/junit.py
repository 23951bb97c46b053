"""junit: JUnit XML for CI dashboards, one testsuite per paper and one testcase per finding.

A paper without findings is one passing testcase; a paper that cannot be read is one
testcase with an `<error>`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from paperlint.reporters import describe_suggestion, source_place

# Characters XML 1.0 cannot hold, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _failure_text(f) -> str:
    lines = [f"{f.path}:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message}", f"flagged: {f.text}"]
    place = source_place(f)
    if place:
        lines.append(f"in the source: {place}")
    lines += [f"suggestion: {describe_suggestion(f, s)}" for s in f.suggestions]
    lines += [f"note: {d}" for d in f.details]
    return _clean("\n".join(lines))


def _suite(result) -> ET.Element:
    suite = ET.Element("testsuite", name=_clean(result.path))
    if result.error:
        case = ET.SubElement(suite, "testcase", name="read", classname=_clean(result.path), file=_clean(result.path))
        ET.SubElement(case, "error", message=_clean(result.error), type="InputError").text = _clean(result.error)
    elif not result.findings:
        ET.SubElement(suite, "testcase", name="no findings", classname=_clean(result.path), file=_clean(result.path))
    for f in result.findings:
        case = ET.SubElement(
            suite, "testcase",
            name=_clean(f"{f.code} {f.name} at {f.line}:{f.column}"),
            classname=_clean(f.path), file=_clean(f.path), line=str(f.line),
        )
        failure = ET.SubElement(case, "failure", message=_clean(f.message), type=f"{f.code} {f.severity}")
        failure.text = _failure_text(f)
    suite.set("tests", str(len(suite)))
    suite.set("failures", str(len(result.findings)))
    suite.set("errors", "1" if result.error else "0")
    suite.set("skipped", "0")
    return suite


def render(results) -> str:
    root = ET.Element("testsuites", name="paperlint")
    for result in results:
        root.append(_suite(result))
    for total in ("tests", "failures", "errors"):
        root.set(total, str(sum(int(suite.get(total, "0")) for suite in root)))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
