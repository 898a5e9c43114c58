"""A `.md` file holding zero (NUL) bytes is binary data, not a page: it opens read-only with a
plain reason, and Check reports it once, in plain words, instead of checking garbage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor_app.core.document import Document, ReadOnlyError
from editor_app.core.site import Site
from editor_app.core.validate import validate_document, validate_site

ZERO_IN_BODY = b"---\ntitle: Fine\n---\nA [link](/nowhere/) and a zero \x00 byte.\n\n### Deep\n"
ZERO_IN_HEADER = b"---\ntitle: Nul\x00here\n---\nBody \x00 too.\n"


def _site(tmp_path: Path, name: str, data: bytes) -> Path:
    (tmp_path / "_config.yml").write_text("title: t\ncollections:\n  notes:\n    output: true\n")
    (tmp_path / "_notes").mkdir()
    (tmp_path / "_notes" / "fine.md").write_text("---\ntitle: Fine too\n---\nText.\n")
    page = tmp_path / "_notes" / name
    page.write_bytes(data)
    return page


@pytest.mark.parametrize("data", [ZERO_IN_BODY, ZERO_IN_HEADER])
def test_it_opens_read_only_with_a_plain_reason(tmp_path: Path, data: bytes) -> None:
    page = tmp_path / "page.md"
    page.write_bytes(data)
    doc = Document.load(page)
    assert doc.read_only_reason is not None
    assert doc.read_only_reason.startswith("This file holds binary data")
    assert "zero bytes" in doc.read_only_reason and "read-only" in doc.read_only_reason
    with pytest.raises(ReadOnlyError):
        doc.body = "typed over\n"
    doc.save()
    assert page.read_bytes() == data


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (
            ZERO_IN_BODY,
            "This file holds binary data, not text (it contains zero bytes, which text never does)",
        ),
        (
            b"\x89PNG\r\n\x1a\n" + bytes(range(128, 256)) * 4,
            "This file does not look like "
            "text (it may be a picture, a file from another program, or text in an encoding that "
            "cannot be recognised)",
        ),
        ("---\ntitle: Wide\n---\nHello.\n".encode("utf-16"), None),
        (b"---\ntitle: Caf\xe9\n---\nLegacy text.\n", None),
    ],
)
def test_why_it_is_not_text_is_a_field_of_its_own(
    tmp_path: Path, data: bytes, why: str | None
) -> None:
    # A command that cannot use the file says why and what not, without the window's
    # "so it opens read-only" end: the reason alone, not cut out of the whole message.
    page = tmp_path / "page.md"
    page.write_bytes(data)
    doc = Document.load(page)
    assert doc.not_text_reason == why
    if why is None:
        assert doc.read_only_reason is None
    else:
        assert doc.read_only_reason == (
            f"{why}, so it opens read-only: nothing in it can be changed here."
        )


@pytest.mark.parametrize(("data", "line"), [(ZERO_IN_BODY, 4), (ZERO_IN_HEADER, 2)])
def test_check_reports_it_once_in_plain_words(tmp_path: Path, data: bytes, line: int) -> None:
    page = _site(tmp_path, "zero.md", data)
    found = [
        p for p in validate_site(Site.open(tmp_path), cache=False) if p.path.endswith("zero.md")
    ]
    assert [(p.line, p.code, p.severity) for p in found] == [(line, "binary-file", "error")]
    assert found[0].message.startswith("This file holds binary data")
    # The open page in the window: the same single problem.
    [problem] = validate_document(Document.load(page), site=Site.open(tmp_path))
    assert problem.code == "binary-file"


def test_the_command_line_says_it_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from editor_app.cli import main

    page = _site(tmp_path, "zero.md", ZERO_IN_BODY)
    assert main(["validate", "--format", "json", str(page)]) == 1
    out, err = capsys.readouterr()
    assert [p["code"] for p in json.loads(out)] == ["binary-file"]
    assert "Traceback" not in err
    assert main(["validate", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert out.count("binary data") == 1 and "control character" not in out
    assert "Traceback" not in err


def test_a_utf16_page_without_a_mark_is_text_not_binary(tmp_path: Path) -> None:
    # Its bytes hold zeros beside each letter; the editor reads it as UTF-16, and so does Check.
    data = "---\ntitle: Sixteen\n---\nBody.\n".encode("utf-16-le")
    page = _site(tmp_path, "u16.md", data)
    assert Document.load(page).read_only_reason is None
    found = [
        p for p in validate_site(Site.open(tmp_path), cache=False) if p.path.endswith("u16.md")
    ]
    assert [p.code for p in found] == ["not-utf8"]
