"""Check tells a link with no address: `[text](https://)` or `[text]()`, what Insert Link
leaves when its address is not filled in, and `<a href="">`. The site printed a link going
nowhere and Check said nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.site import Site
from editor_app.core.validate import validate_document

PAGE = "_resources/2024-02-29-governance-board-minutes.md"


def _empty_links(site: Site, path: Path) -> list[tuple[int | None, str, str]]:
    return [
        (p.line, p.severity, p.message)
        for p in validate_document(Document.load(path), site)
        if p.code == "link-empty"
    ]


def test_a_link_without_its_address_is_told_on_its_line(tmp_path: Path) -> None:
    root = tmp_path / "connectedbydata"
    shutil.copytree(shared_site_path("connectedbydata"), root, ignore=shutil.ignore_patterns(".git"))
    path = root / PAGE
    site = Site.open(root)
    assert _empty_links(site, path) == []

    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    end = lines.index("---", 1)
    lines.insert(end + 1, "Read [the report](https://) and [the plan]() and [the site](https://e.org).")
    lines.insert(end + 2, "")
    lines.insert(end + 3, '<a href="">the minutes</a> ![a chart]()')
    lines.insert(end + 4, "")
    path.write_text("\n".join(lines), encoding="utf-8")

    found = sorted(_empty_links(site, path))
    assert [(line, severity) for line, severity, _ in found] == [
        (end + 2, "warning"),
        (end + 2, "warning"),
        (end + 4, "warning"),
    ]
    messages = " ".join(m for _, _, m in found)
    assert "'[the report](https://)' has no address" in messages
    assert "'[the plan]()' has no address" in messages
    assert "between the round brackets" in messages
    assert 'href="..."' in messages
    assert "e.org" not in messages and "a chart" not in messages


def test_a_link_in_a_code_example_is_not_told() -> None:
    text = "---\ntitle: T\n---\n\n```markdown\n[text]()\n```\n\n    [indented](https://)\n"
    found = validate_document(Document.from_text(text, Path("page.md")))
    assert [p for p in found if p.code == "link-empty"] == []
