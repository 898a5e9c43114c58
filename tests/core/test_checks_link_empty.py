"""Check tells a link with no address: `[text](https://)` or `[text]()`, what Insert Link
leaves when its address is not filled in, and `<a href="">`. The site printed a link going
nowhere and Check said nothing."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from shared_sites import copy_shared_site

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
    root = copy_shared_site("connectedbydata", tmp_path, without_git=True)
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


DEFINITIONS = (
    "See [one][x], [two][y] and [three][z], and the note[^1].\n"
    "\n"
    "[x]:\n"
    "\n"
    "[y]:\n"
    "/next-line\n"
    "\n"
    "[z]:\n"
    "some words here\n"
    "\n"
    "[^1]:\n"
    "\n"
    "`[code]:` in a code span, and in a fence:\n"
    "\n"
    "```\n"
    "[fenced]:\n"
    "```\n"
)


def _definitions_told(site: Site, path: Path) -> list[tuple[int | None, str]]:
    return [(line, message.split("'")[1]) for line, _, message in _empty_links(site, path)]


def test_a_reference_definition_without_its_address_is_told_on_jekyll(tmp_path: Path) -> None:
    # kramdown reads a definition's address on its own line only: `[y]:` then `/next-line`
    # is text too.
    root = copy_shared_site("connectedbydata", tmp_path, without_git=True)
    path = root / PAGE
    site = Site.open(root)
    text = path.read_text(encoding="utf-8")
    end = text.index("\n---\n", 4) + 5
    path.write_text(text[:end] + DEFINITIONS + text[end:], encoding="utf-8")
    first = text[:end].count("\n") + 1
    assert _definitions_told(site, path) == [(first + 2, "[x]:"), (first + 4, "[y]:"), (first + 7, "[z]:")]
    message = _empty_links(site, path)[0][2]
    assert message.startswith("The link definition '[x]:' has no address, so the page shows it")
    assert "('[text][x]')" in message and "after the colon ([x]: https://...)" in message


def _hugo_site(root: Path) -> Path:
    (root / "content").mkdir(parents=True)
    (root / "layouts" / "_default").mkdir(parents=True)
    (root / "hugo.toml").write_text('baseURL = "https://example.org/"\ntitle = "T"\n')
    (root / "layouts" / "_default" / "single.html").write_text("{{ .Content }}")
    page = root / "content" / "a.md"
    page.write_text("---\ntitle: A\n---\n" + DEFINITIONS, encoding="utf-8")
    return page


def test_a_reference_definition_without_its_address_is_told_on_hugo(tmp_path: Path) -> None:
    # Goldmark (CommonMark) takes an address on the next line: `[y]:` then `/next-line` is a
    # definition, as hugo builds it; `some words here` is no address.
    page = _hugo_site(tmp_path / "site")
    site = Site.open(tmp_path / "site")
    assert site.generator == "hugo"
    assert _definitions_told(site, page) == [(6, "[x]:"), (11, "[z]:")]

    hugo = shutil.which("hugo")
    if hugo is None:
        return
    subprocess.run([hugo, "--quiet", "-s", str(tmp_path / "site")], check=True, timeout=60)
    built = (tmp_path / "site" / "public" / "a" / "index.html").read_text(encoding="utf-8")
    assert "[one][x]" in built and '<a href="/next-line">two</a>' in built
    assert "[three][z]" in built and "<p>[x]:</p>" in built


def test_a_definition_whose_address_is_an_example_is_not_told() -> None:
    # Its address is blanked where the content checks read the page, but it has one.
    text = "---\ntitle: T\n---\n\n[a]: `x`\n[b]: {% raw %}/b{% endraw %}\n\n    [c]:\n\n`[d]:`\n"
    found = validate_document(Document.from_text(text, Path("page.md")))
    assert [p for p in found if p.code == "link-empty"] == []
