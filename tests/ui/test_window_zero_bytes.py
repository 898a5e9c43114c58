"""A `.md` page holding zero bytes opens read-only in the window, saying why in plain words,
and Check lists one problem for it, not a header error to fix nor checks of garbage."""

from __future__ import annotations

from pathlib import Path

from window_helpers import open_site

ZERO_IN_HEADER = b"---\ntitle: Nul\x00here\n---\nA [link](/nowhere/) \x00 too.\n\n### Deep\n"


def test_a_page_with_zero_bytes_opens_read_only_with_one_problem(
    qtbot, quiet_window, tmp_path: Path  # noqa: ANN001
) -> None:
    (tmp_path / "_config.yml").write_text("title: t\ncollections:\n  notes:\n    output: true\n")
    (tmp_path / "_notes").mkdir()
    (tmp_path / "_notes" / "fine.md").write_text("---\ntitle: Fine\n---\nText.\n")
    page = tmp_path / "_notes" / "zero.md"
    page.write_bytes(ZERO_IN_HEADER)
    window = quiet_window
    open_site(qtbot, window, tmp_path)
    assert window.open_document(page)
    assert window.editor.isReadOnly() and not window.form.isEnabled()
    banner = window.banner_label.text()
    assert "This file holds binary data" in banner and "zero bytes" in banner
    # The header's unreadable line is not offered for fixing: nothing can be changed here.
    assert "Save when done" not in banner and "control character" not in banner
    with qtbot.waitSignal(window.problemsShown, timeout=10000) as shown:
        window.validate_current()
    problems = shown.args[0]
    assert [(p.code, p.line) for p in problems] == [("binary-file", 2)]
    assert page.read_bytes() == ZERO_IN_HEADER
