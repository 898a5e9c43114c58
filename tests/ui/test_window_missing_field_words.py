"""The window names a missing field as the form does ("Fill in the Title field."), in the
problem list and on the field itself; the command line names the header's key."""

from __future__ import annotations

from pathlib import Path

from window_helpers import open_site

from editor_app.cli import main


def _site(tmp_path: Path) -> Path:
    (tmp_path / "_config.yml").write_text("title: t\ncollections:\n  notes:\n    output: true\n")
    (tmp_path / "_notes").mkdir()
    for i in range(4):
        (tmp_path / "_notes" / f"n{i}.md").write_text(f"---\ntitle: Note {i}\n---\nText.\n")
    page = tmp_path / "_notes" / "untitled.md"
    page.write_text("---\nlayout: note\n---\nText.\n")
    return page


def test_the_window_says_fill_in_the_title_field(qtbot, quiet_window, tmp_path: Path) -> None:  # noqa: ANN001
    page = _site(tmp_path)
    window = quiet_window
    open_site(qtbot, window, tmp_path)
    assert window.open_document(page)
    with qtbot.waitSignal(window.problemsShown, timeout=10000):
        window.validate_current()
    tree = window.problems.tree
    shown = [tree.topLevelItem(i).text(3) for i in range(tree.topLevelItemCount())]
    assert shown == ["Title is missing. Every other note has one. Fill in the Title field."]
    title = window.form.widgets["title"].focus_target()
    assert "Fill in the Title field." in title.toolTip()
    assert "'title: ...'" not in title.toolTip() and "header" not in shown[0]


def test_the_command_line_names_the_field_in_plain_words(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    page = _site(tmp_path)
    main(["validate", str(page)])
    out = capsys.readouterr().out
    assert "Title is missing. Every other note has one. Add the page's title (the 'title' field)." in out
