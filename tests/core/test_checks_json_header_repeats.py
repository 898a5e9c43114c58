"""A key given twice in a JSON header (Hugo's `{...}` at the top, Eleventy's `---json`) is told
as in a YAML one: JSON readers keep the last (`hugo` publishes `"slug": "a", "slug": "b"` at
`b`), and Check said nothing. A TOML header with a repeat cannot be read (a `yaml-syntax`
error, as before)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from editor_app.core.document import Document
from editor_app.core.site import Site
from editor_app.core.validate import validate_document, validate_site


def _repeats(found: list) -> list[tuple[int | None, str | None, str]]:
    return [(p.line, p.field, p.severity) for p in found if p.code == "duplicate-key"]


def test_a_key_twice_in_a_hugo_json_header_is_told(tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "content" / "posts").mkdir(parents=True)
    (root / "layouts" / "_default").mkdir(parents=True)
    (root / "layouts" / "_default" / "single.html").write_text("{{ .RelPermalink }}")
    (root / "hugo.toml").write_text('baseURL = "https://example.org/"\ntitle = "T"\n')
    page = root / "content" / "posts" / "e.md"
    page.write_text('{\n"title": "E",\n"slug": "first",\n"slug": "second"\n}\nText.\n')
    site = Site.open(root)
    found = validate_site(site, content=False)
    assert _repeats(found) == [(4, "slug", "warning")]
    [message] = [p.message for p in found if p.code == "duplicate-key"]
    assert message.startswith("'slug' is given more than once (lines 3 and 4). The site keeps")
    assert site.url_for(page) == "/posts/second/"

    hugo = shutil.which("hugo")
    if hugo is not None:
        subprocess.run([hugo, "--quiet", "-s", str(root)], check=True, timeout=60)
        assert (root / "public" / "posts" / "second" / "index.html").is_file()


def test_a_key_twice_in_an_eleventy_json_header_is_told() -> None:
    text = '---json\n{\n  "title": "A",\n  "tags": ["x"],\n  "tags": ["y"]\n}\n---\nText.\n'
    found = validate_document(Document.from_text(text, Path("page.md")))
    assert _repeats(found) == [(5, "tags", "warning")]


def test_a_json_header_without_repeats_nor_nested_repeats_is_quiet() -> None:
    # A key repeated inside a group is the group's own, not the header's.
    text = '{\n"title": "A",\n"menu": {\n  "main": {"weight": 1},\n  "weight": 2\n},\n"weight": 3\n}\nx\n'
    found = validate_document(Document.from_text(text, Path("page.md")))
    assert _repeats(found) == []


def test_a_nested_key_written_at_the_top_s_indentation_is_no_repeat() -> None:
    text = '{\n"menu": {\n"weight": 1\n},\n"weight": 2\n}\nx\n'
    found = validate_document(Document.from_text(text, Path("page.md")))
    assert _repeats(found) == []
