"""`review.approval_findings` gives what `approval_blockers` and `approval_warnings` give,
from one Check run: a page with a warning and an open note."""

from __future__ import annotations

from pathlib import Path

from editor_app.core import review
from editor_app.core.site import Site

BRAND = "_resources/brand-narrative.md"


def test_findings_are_the_blockers_and_the_warnings(site_copy: Path) -> None:
    path = site_copy / BRAND
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("author: ", "author: Ann\nauthor: ", 1), encoding="utf-8")
    review.NoteStore(path).add(review.make_note("", 0, 0, "Check the dates", "Ed"))
    site = Site.open(site_copy)
    blockers, warnings, _checked = review.approval_findings(path, site)
    assert blockers == review.approval_blockers(path, site)
    assert warnings == review.approval_warnings(path, site)
    assert [b.kind for b in warnings] == ["warning"]
    assert "note" in [b.kind for b in blockers]


def test_a_suggested_setting_is_named_by_the_schema_s_label(site_copy: Path) -> None:
    # The Approve checklist names the setting as the form does: the `label:` the schema gives
    # ("in Headline"), not the key in plain words ("in Title").
    (site_copy / "_schema.yml").write_text(
        "version: 1\ncollections:\n  resources:\n    fields:\n"
        "      - name: title\n        type: text\n        label: Headline\n"
        "      - name: status\n        type: choice\n        choices: [draft, published]\n",
        encoding="utf-8",
    )
    path = site_copy / BRAND
    review.suggest(path, None, "Our brand narrative", field="title", author="Ed")
    site = Site.open(site_copy)
    for blockers in (
        review.approval_findings(path, site).blockers,
        review.approval_blockers(path, site),
    ):
        (said,) = [b for b in blockers if b.kind == "suggestion"]
        assert said.shown.endswith("(in Headline)"), said.shown
        assert said.text.endswith("(in title)"), said.text  # the command line's words: the key
