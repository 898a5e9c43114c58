"""A page without a header (opensource-guide's `_articles/zh-hant/README.md`, a translators'
note) is asked for no field by Check, which tells `no-front-matter` instead; its form showed
'Title *' all the same. No star now, as Check asks nothing; a page with a header keeps them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from shared_sites import copy_shared_site
from window_helpers import open_site


def _site(root: Path) -> Path:
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: t\n", encoding="utf-8")
    for i in range(9):
        (root / "_posts" / f"2024-01-0{i + 1}-p{i}.md").write_text(
            f"---\ntitle: P{i}\n---\nText.\n", encoding="utf-8"
        )
    (root / "_posts" / "2024-02-01-plain.md").write_text("Just text.\n", encoding="utf-8")
    return root


def _label(window, name: str, qtbot) -> str:  # noqa: ANN001
    qtbot.waitUntil(lambda: name in window.form.labels, timeout=10000)
    return window.form.labels[name].text().replace("&", "")


def test_no_star_on_a_page_without_a_header(qtbot, quiet_window, tmp_path: Path) -> None:  # noqa: ANN001
    site = _site(tmp_path / "site")
    open_site(qtbot, quiet_window, site)
    assert quiet_window.open_document(site / "_posts" / "2024-02-01-plain.md")
    assert _label(quiet_window, "title", qtbot) == "Title"
    with qtbot.waitSignal(quiet_window.problemsShown, timeout=30000) as shown:
        qtbot.keyClick(quiet_window, Qt.Key.Key_F7)
    assert [p.code for p in shown.args[0] if p.field == "title"] == []
    # A page with a header, missing its title: asked for it by Check, starred.
    page = site / "_posts" / "2024-01-01-p0.md"
    page.write_text("---\nlayout: post\n---\nText.\n", encoding="utf-8")
    assert quiet_window.open_document(page)
    assert _label(quiet_window, "title", qtbot) == "Title *"
    with qtbot.waitSignal(quiet_window.problemsShown, timeout=30000) as shown:
        qtbot.keyClick(quiet_window, Qt.Key.Key_F7)
    assert [p.code for p in shown.args[0] if p.field == "title"] == ["required-missing"]


def test_opensource_guide_readme_without_header(qtbot, quiet_window, tmp_path: Path) -> None:  # noqa: ANN001
    site = copy_shared_site("opensource-guide", tmp_path)
    open_site(qtbot, quiet_window, site)
    assert quiet_window.open_document(site / "_articles" / "zh-hant" / "README.md")
    assert _label(quiet_window, "title", qtbot) == "Title"
    assert not any(label.text().endswith("*") for label in quiet_window.form.labels.values())
