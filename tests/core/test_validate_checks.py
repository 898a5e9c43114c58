"""Validation on hand-made sites shaped unlike the fixture (independent checks)."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.site import Site
from editor_app.core.validate import validate_site


def test_a_toml_header_on_a_hugo_site_is_not_called_missing(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text('baseURL = "https://example.org/"\n')
    blog = tmp_path / "content" / "blog"
    blog.mkdir(parents=True)
    for i in range(3):
        (blog / f"post-{i}.md").write_text(f"---\ntitle: Post {i}\n---\nText.\n")
    (blog / "toml.md").write_text('+++\ntitle = "Toml"\n+++\nText.\n')
    found = [p for p in validate_site(Site.open(tmp_path)) if p.path == "content/blog/toml.md"]
    assert [(p.line, p.code, p.severity) for p in found] == [(1, "no-front-matter", "warning")]
    message = found[0].message
    assert "TOML" in message and "no header" not in message
