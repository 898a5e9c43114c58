"""A new page's file is named the way the pages beside it are, when most are named one way
that is not the slug: hugo-docs' `functions/cast` holds `ToFloat.md` (title `cast.ToFloat`),
and a new `cast.ToBool` was `cast-tobool.md`; it is `ToBool.md`, in the New dialog, the
saved file and `editor-app new` alike (same bytes). Its `commands` are `hugo_build.md`;
Jekyll's docs stay slugs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from shared_sites import copy_shared_site
from window_helpers import open_site

from editor_app.cli import main
from editor_app.core import page_create
from editor_app.core.site import Site
from editor_app.ui.dialogs import NewDocumentDialog

CAST = "content/en/functions/cast"


def _copy(tmp_path: Path, name: str, as_name: str) -> Path:
    dest = copy_shared_site(name, tmp_path, as_name)
    return dest


def test_the_window_names_it_like_its_siblings_as_the_command_line_does(
    qtbot, quiet_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys  # noqa: ANN001
) -> None:
    root = _copy(tmp_path, "hugo-docs", "window")
    window = quiet_window
    open_site(qtbot, window, root)
    seen: dict[str, str] = {}

    def fill_in(dialog: NewDocumentDialog) -> int:
        dialog.collection_box.setCurrentIndex(dialog.collection_box.findData("functions"))
        folders = [dialog.folder_box.itemText(i) for i in range(dialog.folder_box.count())]
        dialog.folder_box.setCurrentIndex(folders.index(CAST))
        qtbot.keyClicks(dialog.title_edit, "cast.ToBool")
        seen["shown"] = dialog.file_name()
        return NewDocumentDialog.DialogCode.Accepted

    monkeypatch.setattr(NewDocumentDialog, "exec", fill_in)
    with qtbot.waitSignal(window.documentOpened, timeout=10000):
        window.new_document()
    assert seen["shown"] == f"{CAST}/ToBool.md"
    assert window.save_document()
    saved = root / CAST / "ToBool.md"
    assert saved.is_file()

    other = _copy(tmp_path, "hugo-docs", "cli")
    args = ["new", "functions", "--title", "cast.ToBool", "--folder", CAST, str(other)]
    assert main(args) == 0
    made = Path(capsys.readouterr().out.strip().splitlines()[0])
    assert made == (other / CAST / "ToBool.md").resolve()
    assert made.read_bytes() == saved.read_bytes()


def test_commands_are_named_with_underscores_and_docs_by_slug(tmp_path: Path) -> None:
    hugo = Site.open(_copy(tmp_path, "hugo-docs", "hugo"))
    path = page_create.proposed_path(hugo, "commands", "hugo mod vendor now")
    assert path.name == "hugo_mod_vendor_now.md"
    # Its pages keep their titles' capitals (`hugo_convert_toJSON.md`): so does a new one.
    path = page_create.proposed_path(hugo, "commands", "hugo convert toXML")
    assert path.name == "hugo_convert_toXML.md"
    page = "content/en/methods/page"
    assert page_create.proposed_path(hugo, "methods", "GetThing", folder=page).name == "GetThing.md"
    # One-word names tell no joiner: several words stay a slug.
    assert page_create.proposed_path(hugo, "methods", "Get Thing", folder=page).name == (
        "get-thing.md"
    )
    jekyll = Site.open(_copy(tmp_path, "jekyll-docs", "jekyll"))
    path = page_create.proposed_path(jekyll, "docs", "Hello World", today=dt.date(2026, 1, 2))
    assert path.name == "hello-world.md"
