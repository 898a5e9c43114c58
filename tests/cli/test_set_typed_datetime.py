"""`editor-app set PAGE date=2025-03-01T10:00:00` in a YAML header with no date and time of
its own writes the T (and Z) as typed; it became `2025-03-01 10:00:00` (YAML's form). Where
the field or the header already writes date-times one way, that way is kept (a8f2367)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.document import Document


def _set(capsys: pytest.CaptureFixture[str], page: Path, *argv: str) -> str:
    assert main(["set", str(page), *argv]) == 0, capsys.readouterr().err
    return page.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "typed", ["2025-03-01T10:00:00", "2025-03-01T10:00:00Z", "2025-03-01T10:00:00+02:00"]
)
def test_the_typed_form_is_kept_with_no_other_date_time(
    typed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "a.md"
    page.write_text("---\ntitle: A\ndate: 2024-01-01\n---\nText.\n", encoding="utf-8")
    assert _set(capsys, page, f"date={typed}") == f"---\ntitle: A\ndate: {typed}\n---\nText.\n"
    page.write_text("---\ntitle: A\n---\nText.\n", encoding="utf-8")
    assert _set(capsys, page, f"date={typed}") == f"---\ntitle: A\ndate: {typed}\n---\nText.\n"


def test_the_form_of_the_header_is_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "a.md"
    page.write_text("---\ntitle: A\ndate: 2024-01-01 09:00:00\n---\nText.\n", encoding="utf-8")
    assert "\ndate: 2025-03-01 10:00:00\n" in _set(capsys, page, "date=2025-03-01T10:00:00")


def test_a_new_field_in_a_collection_keeps_the_typed_form(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Placed and styled as the collection's pages write it (taken away and set again).
    page = site_copy / "_resources/2023-03-31-governance-board-minutes.md"
    before = page.read_text(encoding="utf-8")
    after = _set(capsys, page, "reviewed=2023-04-12T09:30:00Z")
    assert "\nreviewed: 2023-04-12T09:30:00Z\n" in after
    assert len(after.splitlines()) == len(before.splitlines()) + 1
    assert "\ndate: 2023-04-11T10:00:00\n" in _set(capsys, page, "date=2023-04-11T10:00:00")


def test_document_set_keeps_typed_only_when_it_reads_back_the_same() -> None:
    doc = Document.from_text("---\ntitle: A\n---\n")
    when = dt.datetime(2025, 3, 1, 10, 0)
    doc.set("date", when, typed="2025-03-01T11:00:00")  # another time: not written
    assert "date: 2025-03-01 10:00:00\n" in doc.text
    doc = Document.from_text("---\ntitle: A\n---\n")
    doc.set("date", dt.datetime(2025, 3, 1, 12, 0), typed="2025-03-01T12:00:00")
    assert "date: 2025-03-01T12:00:00\n" in doc.text


def test_a_zone_the_header_does_not_write_is_written_as_typed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The header's T is followed; it writes no zone, so the Z typed is kept (not +00:00).
    page = tmp_path / "a.md"
    page.write_text("---\ntitle: A\ndate: 2024-05-26T09:10:33\n---\nText.\n", encoding="utf-8")
    after = _set(capsys, page, "lastmod=2025-01-01 10:00:00Z")
    assert "\nlastmod: 2025-01-01T10:00:00Z\n" in after
    # A header writing its zone as an offset keeps that form.
    page.write_text("---\ntitle: A\ndate: 2024-05-26T09:10:33-07:00\n---\nText.\n", "utf-8")
    after = _set(capsys, page, "lastmod=2025-01-01T10:00:00Z")
    assert "\nlastmod: 2025-01-01T10:00:00+00:00\n" in after
