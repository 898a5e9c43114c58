"""Where a file moved, as sharing's lines say it (Get latest's moved pages, Share's message)."""

from __future__ import annotations

from editor_app.core.sync_base import moved_to
from editor_app.core.sync_message import _describe_picture_move
from editor_app.core.sync_moves import moved_words


def test_the_new_name_alone_in_the_same_folder_else_the_new_path_or_folder() -> None:
    assert moved_to("docs/faq.md", "docs/questions.md") == "questions.md"
    assert moved_to("faq.md", "questions.md") == "questions.md"
    assert moved_to("docs/faq.md", "guide/faq.md") == "guide/faq.md"
    assert moved_to("docs/chart.png", "guide/chart.png", folder_alone=True) == "guide/"
    assert moved_to("docs/chart.png", "docs/plot.png", folder_alone=True) == "plot.png"


def test_get_latest_and_share_say_it_the_same_way() -> None:
    assert moved_words([("docs/faq.md", "docs/questions.md")]) == (
        "docs/faq.md was moved by others to questions.md: your changes went with it"
    )
    assert moved_words([("docs/faq.md", "guide/faq.md")]) == (
        "docs/faq.md was moved by others to guide/faq.md: your changes went with it"
    )
    assert _describe_picture_move("a/chart.png", "b/chart.png") == "Move picture chart.png to b/"
