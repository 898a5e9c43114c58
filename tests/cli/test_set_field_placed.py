"""`editor-app set` giving a field the page lacks writes it as the window's form does
(core/field_place.py): where the collection's pages put it and quoted as they quote it
(`subtitle:` goes after the title on a connectedbydata resource, in quotes as most of them
write it; it was appended at the end of the header, plain)."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core import field_place
from editor_app.core.document import Document
from editor_app.core.site import Site

PAGE = "_resources/2023-03-31-governance-board-minutes.md"


def test_a_field_the_page_lacks_goes_where_the_form_puts_it(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = site_copy / PAGE
    before = path.read_text(encoding="utf-8")
    # The form's edits, one field after the other (ui/field_writes.set_field).
    form = Document.from_text(before, path)
    site = Site.open(path)
    pages, texts = field_place.collection_headers(site, site.collection_of(path))
    field_place.set_as_the_others(form, "subtitle", "Hello", pages, texts)
    field_place.set_as_the_others(form, "topics", ["Health"], pages, texts)

    assert main(["set", str(path), "subtitle=Hello", "topics=Health"]) == 0
    after = path.read_text(encoding="utf-8")
    assert after == form.text
    assert after.replace('subtitle: "Hello"\n', "").replace("topics:\n  - Health\n", "") == before
    assert after.index("subtitle:") < after.index("reference:")  # not at the end
    assert capsys.readouterr().err == ""


def test_a_field_the_page_has_stays_where_it_is(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = site_copy / PAGE
    before = path.read_text(encoding="utf-8")
    assert main(["set", str(path), "author=Tim Davies"]) == 0
    assert path.read_text(encoding="utf-8") == before.replace(
        "author: Jeni Tennison", "author: Tim Davies"
    )
    capsys.readouterr()
