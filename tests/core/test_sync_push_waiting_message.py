"""What Share says of files a choice still waits on ("page" for a page, "file" for another
file): several are counted in the plural, and past three the line names three and an
ellipsis, so it fits the window's status bar."""

from __future__ import annotations

from editor_app.core.sync_base import waiting_for_choice
from editor_app.core.sync_push import PushResult


def test_several_files_waiting_are_counted_and_cut_after_three() -> None:
    waiting = ["_posts/a.md", "_posts/b.md", "_posts/c.md", "_posts/d.md"]
    result = PushResult(shared=True, summary="Update e", waiting_choice=waiting)
    assert result.message.endswith(
        "4 pages wait for your choice, not shared: _posts/a.md, _posts/b.md, _posts/c.md, …"
        " (make the choice, then share again)"
    )


def test_one_file_waiting_is_said_in_the_singular() -> None:
    result = PushResult(held=True, waiting_choice=["_posts/a.md"])
    assert result.message == (
        "Saved here, not shared: 1 page waits for your choice, not shared: _posts/a.md"
        " (make the choice, then share again)"
    )


def test_nothing_shared_with_a_file_waiting_still_names_the_pages_left_out() -> None:
    result = PushResult(waiting_choice=["_posts/a.md"], left_out=["src/docs/b.md"])
    assert result.message.startswith("Nothing shared: 1 page waits for your choice")
    assert result.message.endswith(
        "(make the choice, then share again). 1 page is left out of sharing by the site's"
        " .gitignore: src/docs/b.md (ask whoever set up the site)"
    )


def test_nothing_shared_with_a_file_waiting_and_nothing_left_out() -> None:
    result = PushResult(waiting_choice=["_posts/a.md"])
    assert result.message == (
        "Nothing shared: 1 page waits for your choice, not shared: _posts/a.md"
        " (make the choice, then share again)"
    )


def test_offline_with_a_file_waiting_says_offline_first() -> None:
    result = PushResult(offline=True, commit="abc", waiting_choice=["_posts/a.md"])
    assert result.message.startswith("Saved here. ")
    assert "reachable. 1 page waits for your choice" in result.message


def test_a_page_is_said_page_and_another_file_file() -> None:
    assert waiting_for_choice(["_posts/a.md"]) == "1 page waits"
    assert waiting_for_choice(["_posts/a.md", "docs/b.markdown"]) == "2 pages wait"
    assert waiting_for_choice(["_data/people.yml"]) == "1 file waits"
    assert waiting_for_choice(["_posts/a.md", "_data/people.yml"]) == "1 page and 1 file wait"
    result = PushResult(waiting_choice=["_data/people.yml"])
    assert result.message == (
        "Nothing shared: 1 file waits for your choice, not shared: _data/people.yml "
        "(make the choice, then share again)"
    )
