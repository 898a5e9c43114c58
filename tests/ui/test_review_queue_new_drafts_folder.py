"""A Jekyll draft in a `_drafts` folder the site did not have when it was opened (brought in
by Get latest, the author's first draft) waits in the review queue as a draft: the site index
itself puts it in the drafts (`site.update_entry`), with no second reading of the site."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from editor_app.core.site import Site

sys.path.insert(0, str(Path(__file__).resolve().parent))
from review_helpers import open_panel  # noqa: E402

DRAFT = "_drafts/civic-data-trusts.md"


def test_a_new_drafts_folder_is_in_the_queue_on_refresh(
    qtbot, site_copy: Path, settings: QSettings
) -> None:
    panel = open_panel(qtbot, site_copy, settings)
    site = panel.site
    assert not any(p.name == "civic-data-trusts.md" for p in panel.queue.paths())
    # What Get latest does: the new file written, the index told of it.
    (site_copy / "_drafts").mkdir()
    page = site_copy / DRAFT
    page.write_text(
        "---\nlayout: post\ntitle: Notes on civic data trusts\n---\nA first draft.\n",
        encoding="utf-8",
    )
    site.update_entry(page)
    assert site.collection_of(page) == "drafts"
    assert panel.schema.for_collection("drafts") is None  # worked out before the folder came
    with qtbot.waitSignal(panel.queueLoaded, timeout=20000):
        panel.refresh()
    assert panel.schema.for_collection("drafts") is not None  # and again with it
    assert page.resolve() in [p.resolve() for p in panel.queue.paths()]
    assert Site.open(site_copy).collection_of(page) == "drafts"
