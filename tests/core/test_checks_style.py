"""style: the house word list and British/American spelling (style-word)."""

from __future__ import annotations

from pathlib import Path

from content_helpers import check_text, content_of  # noqa: F401

from editor_app.core.site import Site
from editor_app.core.validate import SUGGESTION, validate_site


def test_house_style_and_spelling(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("lang: en-GB\ncollections:\n  notes:\n    output: true\n")
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "style.yml").write_text(
        "- use: use\n  not: [utilise]\n  why: Plain English\n"
    )
    (tmp_path / "_notes").mkdir()
    page = tmp_path / "_notes" / "a.md"
    page.write_text("---\ntitle: A\n---\nWe utilise data.\n\nThe color is nice.\n")
    problems = validate_site(Site.open(tmp_path), content=True)
    found = [(p.line, p.code) for p in problems if p.severity == SUGGESTION]
    assert (4, "style-word") in found and (6, "style-word") in found
    messages = " ".join(p.message for p in problems)
    assert "'use'" in messages and "Plain English" in messages and "'colour'" in messages
