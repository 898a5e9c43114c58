"""File > Rename File to Match Date… on a page the rename moves keeps its old address, as
`editor-app rename-file` does: added to its `redirect_from` (Jekyll with jekyll-redirect-from)
or `aliases` (Hugo), and the question says so; when the old address is not certain, nothing
is added and the question names the address to add by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site
from window_helpers import open_site

from editor_app.ui import post_rename_flow
from editor_app.ui.main_window import MainWindow

MINUTES = "_resources/2023-03-31-governance-board-minutes.md"
LAUNCH = "---\ntitle: Launch\ndate: 2024-03-05\n---\nHi\n"


@pytest.fixture
def window(quiet_window):  # noqa: ANN001, ANN201
    return quiet_window


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    questions: list[str] = []
    monkeypatch.setattr(
        post_rename_flow.ConfirmRenameFile,
        "ask",
        classmethod(lambda c, p, t: questions.append(t) or True),
    )
    return questions


def _copy(tmp_path: Path, name: str) -> Path:
    root = copy_shared_site(name, tmp_path)
    return root


def test_a_jekyll_document_keeps_its_old_address_in_redirect_from(
    qtbot, window: MainWindow, tmp_path: Path, asked: list[str]
) -> None:  # noqa: ANN001
    root = _copy(tmp_path, "connectedbydata")
    before = (root / MINUTES).read_text(encoding="utf-8")
    old = "/resources/2023-03-31-governance-board-minutes"
    open_site(qtbot, window, root)
    assert window.open_document(root / MINUTES)
    qtbot.waitUntil(window.post_rename.action.isEnabled)  # the checks loaded after the paint
    window.post_rename.action.trigger()
    assert (
        f"Its old address {old} will be added to its redirect_from, so it keeps working."
        in asked[0]
    )
    new = root / "_resources/2023-04-11-governance-board-minutes.md"
    added = f"redirect_from:\n  - {old}\n"
    after = new.read_text(encoding="utf-8")
    assert added in after and after.replace(added, "", 1) == before  # only those lines added
    # The page goes on from its new file, with the address in its header.
    assert window.current_document().front_matter["redirect_from"] == [old]
    assert (
        window.statusBar()
        .currentMessage()
        .endswith("no page links to it. Its old address is kept in its redirect_from.")
    )
    assert not window.current_document().is_modified


def test_a_hugo_page_keeps_its_old_address_in_aliases(
    qtbot, window: MainWindow, tmp_path: Path, asked: list[str]
) -> None:  # noqa: ANN001
    root = _copy(tmp_path, "hugo-docs")
    page = root / "content/en/news/2024-03-01-launch.md"
    page.write_text(LAUNCH, encoding="utf-8")
    open_site(qtbot, window, root)
    assert window.open_document(page)
    qtbot.waitUntil(window.post_rename.action.isEnabled)  # the checks loaded after the paint
    window.post_rename.action.trigger()
    assert (
        "Its old address /news/2024-03-01-launch/ will be added to its aliases, so it keeps "
        "working." in asked[0]
    )
    assert page.with_name("2024-03-05-launch.md").read_text(encoding="utf-8") == LAUNCH.replace(
        "---\nHi", "aliases:\n  - /news/2024-03-01-launch/\n---\nHi"
    )


def test_an_old_address_not_certain_is_named_to_add_by_hand(
    qtbot, window: MainWindow, tmp_path: Path, asked: list[str]
) -> None:  # noqa: ANN001
    root = _copy(tmp_path, "hugo-docs")
    config = root / "hugo.toml"
    config.write_text("uglyURLs = true\n" + config.read_text(encoding="utf-8"), encoding="utf-8")
    page = root / "content/en/news/2024-03-01-launch.md"
    page.write_text(LAUNCH, encoding="utf-8")
    open_site(qtbot, window, root)
    assert window.open_document(page)
    qtbot.waitUntil(window.post_rename.action.isEnabled)  # the checks loaded after the paint
    window.post_rename.action.trigger()
    assert asked[0].endswith(
        "Its old address is not certain, so nothing is added to its aliases: add "
        "/news/2024-03-01-launch/ there by hand if that is where it was published."
    )
    assert page.with_name("2024-03-05-launch.md").read_text(encoding="utf-8") == LAUNCH
