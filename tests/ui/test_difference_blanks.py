"""A change of blanks alone is seen in the difference (the recovery dialog, the safety
questions): a Tab pressed by mistake showed as an empty red line beside an empty green one."""

from __future__ import annotations

from editor_app.ui.difference import Difference, DifferenceView


def _lines(qtbot, old: str, new: str) -> list[str]:  # noqa: ANN001 - qtbot
    view = DifferenceView()
    qtbot.addWidget(view)
    view.show_difference(Difference(old, new, "the file", "the recovered text"))
    return view.toPlainText().splitlines()


def test_a_tab_typed_into_an_empty_line_shows(qtbot) -> None:  # noqa: ANN001
    lines = _lines(qtbot, "Title\n\nText.\n", "Title\n\t\nText.\n")
    assert "−" in [line.strip() for line in lines]  # the empty line as it was
    assert "+ →" in lines


def test_spaces_left_at_the_end_of_a_line_show(qtbot) -> None:  # noqa: ANN001
    lines = _lines(qtbot, "One line.\nTwo.\n", "One line.  \nTwo.\n")
    assert "− One line." in lines
    assert "+ One line.··" in lines


def test_unchanged_lines_and_words_are_shown_as_written(qtbot) -> None:  # noqa: ANN001
    lines = _lines(qtbot, "a\tb\nsame  \nold\n", "a\tb\nsame  \nnew\n")
    assert "− old" in lines and "+ new" in lines
    assert not any("→" in line or "·" in line for line in lines)
