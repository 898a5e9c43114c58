"""The window's Checklist tells how many more long sentences a page has than the three it
names, and where each is: a 60-word sentence planted among longer ones is found by its line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from editor_app.ui.checklist import install_checklist

PAGE = "_resources/2026-05-30-un-global-dialogue-ai-consultation.md"
SIXTY_WORDS = (
    "We asked the people who came to the roundtable in Geneva and the webinar in March what "
    "they wanted the dialogue to hear, and they told us that the voices of people who live "
    "with these systems every day should be in the room when the rules are written, not "
    "heard only afterwards through a short consultation of some weeks."
)


def _shown(panel) -> list[str]:  # noqa: ANN001 - a ChecklistPanel
    out = []
    for i in range(panel.tree.topLevelItemCount()):
        top = panel.tree.topLevelItem(i)
        out.extend(top.child(j).text(0) for j in range(top.childCount()))
    return out


def test_the_checklist_counts_the_other_long_sentences_and_names_their_lines(
    qtbot,  # noqa: ANN001
    settings: QSettings,
    site_copy: Path,
) -> None:
    from editor_app.ui.main_window import MainWindow

    page = site_copy / PAGE
    lines = page.read_text(encoding="utf-8").split("\n")
    assert lines[17].startswith("We prepared a PAIRS")
    lines[18:18] = ["", SIXTY_WORDS]  # on line 20
    page.write_text("\n".join(lines), encoding="utf-8")
    w = MainWindow(settings)
    qtbot.addWidget(w)
    hook = getattr(w, "checklist", None) or install_checklist(w)
    hook.dock.show()
    assert w.open_folder(site_copy, then_open=page) or w.open_document(page)
    qtbot.waitUntil(lambda: any("more sentences" in s for s in _shown(hook.panel)), timeout=20000)
    (remark,) = [s for s in _shown(hook.panel) if "more sentences" in s]
    assert "(27 more sentences on this page run over 35 words: lines 20, " in remark
    assert not any("has 60 words" in s for s in _shown(hook.panel))
    w.close()
