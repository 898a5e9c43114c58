"""A Hugo section's `[permalinks]` template with `:sections`: a page bundle's folder is its
page, not a section, so `posts/trip/index.md` under `/:sections/:year/:filename/` is at
`/posts/2024/trip/` as a plain page `posts/walk.md` is at `/posts/2024/walk/`. Check judged
links to the bundle against `/posts/trip/2024/trip/` had the bundle's folder been read as a
section."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor_app.cli import main


def test_a_bundle_under_a_sections_template_is_at_its_sections_address(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "hugo.toml").write_text(
        "baseURL = 'https://example.org/'\n[permalinks]\n  posts = '/:sections/:year/:filename/'\n",
        encoding="utf-8",
    )
    for rel in ("content/posts/trip/index.md", "content/posts/walk.md"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("---\ntitle: T\ndate: 2024-03-05\n---\n\nText.\n", "utf-8")
    (tmp_path / "content/links.md").write_text(
        "---\ntitle: Links\n---\n\n[a](/posts/2024/trip/) [b](/posts/2024/walk/) "
        "[c](/posts/2024/trp/)\n",
        encoding="utf-8",
    )
    main(["validate", "--format", "json", "--no-content", str(tmp_path)])
    broken = [p for p in json.loads(capsys.readouterr().out) if p["code"] == "broken-link"]
    assert [p["message"] for p in broken] == [
        "The link to '/posts/2024/trp/' points at no page of this site. "
        "Did you mean '/posts/2024/trip/'?"
    ]
