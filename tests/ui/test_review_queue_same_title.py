"""Two pages of one title in the review queue (the guide's "Best Practices for Maintainers"
in English and its Pidgin copy, both kept off the site) are told apart by their file below
the folder they share, as the page list tells them apart; the two rows read the same."""

from __future__ import annotations

import sys
from pathlib import Path

from shared_sites import copy_shared_site

from editor_app.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import open_panel  # noqa: E402

ENGLISH = "_articles/best-practices.md"
PIDGIN = "_articles/pcm/best-practices.md"


def test_pages_of_one_title_name_their_file(qtbot, tmp_path: Path, settings) -> None:
    site = copy_shared_site("opensource-guide", tmp_path)
    for page in (ENGLISH, PIDGIN):
        (site / page).chmod(0o644)
        assert main(["set", str(site / page), "published=false"]) == 0
    panel = open_panel(qtbot, site, settings)
    shown = sorted(panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount()))
    assert shown == [
        "Best Practices for Maintainers · best-practices.md",
        "Best Practices for Maintainers · pcm/best-practices.md",
    ]
