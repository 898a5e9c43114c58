"""A page bundle others moved, and added a picture to, while this copy added its own picture
of the same name to the old folder: Get latest keeps both pictures as they were. Theirs stays
in the new folder, this copy's in the old one (carrying it over had replaced theirs)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_site import git, isolate_git, make_synthetic_site, share

from editor_app.core import sync

OLD = "guides/render"
NEW = "guides/render-com"


def test_their_picture_of_the_same_name_is_not_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolate_git(monkeypatch)
    site = make_synthetic_site(tmp_path / "site")
    (site / OLD).mkdir(parents=True)
    (site / OLD / "index.md").write_text("---\ntitle: Host on Render\n---\n\nStep one.\n")
    _server, ben, ana = share(site, tmp_path)
    git(ben, "mv", OLD, NEW)
    (ben / NEW / "render-12.png").write_bytes(b"PNG of Ben")
    git(ben, "add", NEW)
    git(ben, "commit", "-q", "-m", "Move the Render guide, with its logs")
    git(ben, "push", "-q")
    page = ana / OLD / "index.md"
    page.write_text(page.read_text() + "\n![Logs](render-12.png)\n")
    (ana / OLD / "render-12.png").write_bytes(b"PNG of Ana")

    sync.pull(ana)

    assert (ana / NEW / "render-12.png").read_bytes() == b"PNG of Ben"
    assert (ana / OLD / "render-12.png").read_bytes() == b"PNG of Ana"
