"""What Share says of files a choice still waits on: several are counted in the plural, and
past three the line names three and an ellipsis, so it fits the window's status bar."""

from __future__ import annotations

from editor_app.core.sync_push import PushResult


def test_several_files_waiting_are_counted_and_cut_after_three() -> None:
    waiting = ["_posts/a.md", "_posts/b.md", "_posts/c.md", "_posts/d.md"]
    result = PushResult(shared=True, summary="Update e", waiting_choice=waiting)
    assert result.message.endswith(
        "4 files wait for your choice, not shared: _posts/a.md, _posts/b.md, _posts/c.md, …"
        " (make the choice, then share again)"
    )


def test_one_file_waiting_is_said_in_the_singular() -> None:
    result = PushResult(held=True, waiting_choice=["_posts/a.md"])
    assert result.message == (
        "Saved here, not shared: 1 file waits for your choice, not shared: _posts/a.md"
        " (make the choice, then share again)"
    )
