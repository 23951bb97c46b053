"""Fuzzing the readers and the whole pipeline with hypothesis: any bytes give a Document or an
InputError, never another exception; spans stay exact and reports stay valid.

The default run is a short deterministic round (the same 100 inputs a test every time; see
tests/conftest.py). The long random round (the `fuzz` profile: 30,000 inputs a test; see
docs/formats.md, "Fuzzing the readers"):
    python -m pytest tests/test_fuzz.py --hypothesis-profile=fuzz -q
Each failure the long round finds becomes a regression test at the end of this file.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from paperlint.engine.registry import load_rules
from paperlint.engine.runner import run_rules
from paperlint.errors import InputError
from paperlint.readers import read_bytes
from paperlint.reporters import formats
from paperlint.results import FileResult
from tests.conftest import EXAMPLES
from tests.test_properties import assert_spans_map_back

# No max_examples here, so the active profile decides: 100 in the default deterministic run.
SHORT = settings(deadline=None, suppress_health_check=list(HealthCheck))
# The engine-free rules: fuzzing is about our code, and the engines have their own tests.
RULES = [r for r in load_rules() if r.category not in ("grammar", "spelling") or r.kind.name != "python"]
SAMPLES = {fmt: (EXAMPLES / f"belgium.{fmt}").read_bytes() for fmt in ("txt", "docx", "pdf")}
DOCX_PARTS = {item.filename: item for item in zipfile.ZipFile(io.BytesIO(SAMPLES["docx"])).infolist()}


@st.composite
def mutated(draw, data: bytes) -> bytes:
    """`data` with a few random edits: bytes flipped, inserted, deleted, or the tail cut."""
    data = bytearray(data)
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            break
        where = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "insert", "delete", "truncate"]))
        if action == "flip":
            data[where] = draw(st.integers(0, 255))
        elif action == "insert":
            data[where:where] = draw(st.binary(min_size=1, max_size=16))
        elif action == "delete":
            del data[where : where + draw(st.integers(1, 64))]
        else:
            del data[where:]
    return bytes(data)


@st.composite
def docx_with_mutated_xml(draw) -> bytes:
    """A well-formed ZIP package whose document.xml (or another part) is mutated."""
    source = zipfile.ZipFile(io.BytesIO(SAMPLES["docx"]))
    target_part = draw(st.sampled_from(sorted(DOCX_PARTS)))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name in DOCX_PARTS:
            data = source.read(name)
            target.writestr(name, draw(mutated(data)) if name == target_part else data)
    return buffer.getvalue()


def check_pipeline(data: bytes, fmt: str) -> None:
    try:
        document = read_bytes(data, f"fuzz.{fmt}", fmt)
    except InputError as error:
        assert str(error) and "\n" not in str(error)
        return
    assert_spans_map_back(document)
    findings = run_rules(document, RULES)
    for finding in findings:
        assert finding.text == document.text[finding.start : finding.end]
    results = [FileResult(document.path, document, findings)]
    json.loads(formats()["json"](results))
    json.loads(formats()["sarif"](results))
    formats()["html"](results)


@SHORT
@given(st.data())
def test_fuzz_text_and_markdown(data):
    raw = data.draw(st.one_of(mutated(SAMPLES["txt"]), st.binary(max_size=400)))
    check_pipeline(raw, data.draw(st.sampled_from(["txt", "md"])))


@SHORT
@given(st.one_of(mutated(SAMPLES["docx"]), docx_with_mutated_xml()))
def test_fuzz_docx(raw):
    check_pipeline(raw, "docx")


@SHORT
@given(mutated(SAMPLES["pdf"]))
def test_fuzz_pdf(raw):
    check_pipeline(raw, "pdf")


def _docx_with_part(name: str, data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(SAMPLES["docx"]))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for part in DOCX_PARTS:
            target.writestr(part, data if part == name else source.read(part))
    return buffer.getvalue()


def test_regression_package_parts_with_a_foreign_root_element():
    """Found by the fuzzer: python-docx raised AttributeError on these; now one clear line."""
    for name, root in (("[Content_Types].xml", b"<Typez/>"), ("_rels/.rels", b"<Relationshipz/>")):
        try:
            read_bytes(_docx_with_part(name, b'<?xml version="1.0"?>' + root), "bad.docx", "docx")
        except InputError as error:
            assert str(error).startswith("corrupt .docx")
        else:
            raise AssertionError(f"{name} with a foreign root was read")


def test_regression_relationship_without_a_target():
    """Found by the fuzzer: python-docx raised TypeError on a relationship with no Target."""
    rels = (
        b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
        b"</Relationships>"
    )
    try:
        read_bytes(_docx_with_part("_rels/.rels", rels), "bad.docx", "docx")
    except InputError as error:
        assert str(error).startswith("corrupt .docx")
    else:
        raise AssertionError("a relationship without a target was read")


def test_regression_pypdf_deprecation_error_on_a_malformed_stream(monkeypatch):
    """Found by the fuzzer: pypdf raises its DeprecationError (not a PyPdfError) on some
    malformed inline-image filters while extracting text."""
    import pypdf
    from pypdf.errors import DeprecationError

    def broken(self, *args, **kwargs):
        raise DeprecationError("inline image filter abbreviations are deprecated")

    monkeypatch.setattr(pypdf.PageObject, "extract_text", broken)
    try:
        read_bytes(SAMPLES["pdf"], "bad.pdf", "pdf")
    except InputError as error:
        assert str(error).startswith("corrupt PDF")
    else:
        raise AssertionError("the malformed PDF was read")


def _central_directory_entry(data: bytearray, name: str) -> int:
    """The offset of `name`'s record in the ZIP central directory of `data`."""
    offset = data.find(b"PK\x01\x02")
    while offset != -1:
        name_length = struct.unpack_from("<H", data, offset + 28)[0]
        if data[offset + 46 : offset + 46 + name_length] == name.encode():
            return offset
        offset = data.find(b"PK\x01\x02", offset + 4)
    raise AssertionError(f"{name} is not in the package")


def _assert_corrupt_docx(data: bytes, reason: str) -> None:
    try:
        read_bytes(bytes(data), "bad.docx", "docx")
    except InputError as error:
        assert str(error) == f"corrupt .docx: {reason}"
    else:
        raise AssertionError("the damaged package was read")


def test_regression_part_that_ends_before_its_declared_size():
    """Found by the fuzzer (issue 16): zipfile raised EOFError through the .docx reader when a
    part's data ends before the size the ZIP directory declares."""
    source = zipfile.ZipFile(io.BytesIO(SAMPLES["docx"]))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for part in DOCX_PARTS:
            if part != "word/document.xml":
                target.writestr(part, source.read(part), zipfile.ZIP_DEFLATED)
        target.writestr("word/document.xml", source.read("word/document.xml"), zipfile.ZIP_STORED)
    data = bytearray(buffer.getvalue())
    entry = _central_directory_entry(data, "word/document.xml")
    for size_field in (entry + 20, entry + 24):  # compressed and uncompressed size
        struct.pack_into("<I", data, size_field, struct.unpack_from("<I", data, size_field)[0] + 4096)
    _assert_corrupt_docx(data, "the data ends early (a truncated or damaged file)")


def test_regression_part_needing_a_newer_zip_version():
    """Found by the fuzzer: a flipped byte in a part's "version needed to extract" made zipfile
    raise NotImplementedError."""
    data = bytearray(SAMPLES["docx"])
    struct.pack_into("<H", data, _central_directory_entry(data, "word/document.xml") + 6, 241)
    _assert_corrupt_docx(data, "zip file version 24.1")
