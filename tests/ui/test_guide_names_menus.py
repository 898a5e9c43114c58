"""Help > Guide tells a newcomer about sharing, Word documents, the checklist and Undo, in
the words the window's own menus and buttons use, and every link of its contents list leads
to a part of the page."""

import re
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.paths import resources_dir

UI = Path(__file__).resolve().parents[2] / "editor_app" / "ui"


def _guide() -> str:
    # A name may break across the source's lines; the page shows it on one.
    return " ".join((resources_dir() / "guide" / "index.html").read_text(encoding="utf-8").split())


def _ui_source() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in UI.rglob("*.py"))


def test_the_guide_names_the_window_s_words_for_sharing_and_word() -> None:
    guide, ui = _guide(), _ui_source()
    for words in (
        "Get latest",
        "Share my changes",
        "Send for review",
        "Drafts…",
        "Your Name and E-mail…",
        "Import Word Document…",
        "Export Review Pack…",
        "Checklist",
    ):
        assert words in guide, words
        assert words.replace("&", "") in ui.replace("&", ""), words


def test_the_guide_s_contents_links_each_lead_to_a_part() -> None:
    guide = _guide()
    ids = set(re.findall(r'id="([^"]+)"', guide))
    links = re.findall(r'href="#([^"]+)"', guide)
    assert {"share", "word"} <= set(links)
    assert set(links) <= ids


def test_the_readme_names_the_same_menus() -> None:
    readme = " ".join((UI.parents[1] / "README.md").read_text(encoding="utf-8").split())
    for words in (
        "File > Import Word Document…",
        "File > Export Review Pack…",
        "Tools > Your Name and E-mail…",
        "View > Checklist",
        "Share my changes",
    ):
        assert words in readme, words


def test_the_readme_names_sync_s_signing_options_the_command_has(capsys) -> None:
    readme = (UI.parents[1] / "README.md").read_text(encoding="utf-8")
    assert "--author NAME --email ADDRESS" in readme
    for command in ("push", "pull"):
        with pytest.raises(SystemExit):
            main(["sync", command, "--help"])
        shown = capsys.readouterr().out
        assert "--author NAME" in shown and "--email ADDRESS" in shown
