"""Which lines of a right-to-left page read right to left in the editor, as the preview draws
their paragraphs: a Persian line even when its first word is Latin, and a line with no letter
(an empty one: the cursor waits at the right); a line of Latin alone stays left to right."""

from __future__ import annotations

import pytest

from editor_app.core.page_language import line_reads_right_to_left


@pytest.mark.parametrize(
    "line",
    [
        "",
        "   ",
        "GitHub در اینجا",
        "MFA یک لایه امنیتی اضافی",
        "* **Pull Requests** برای کار روی راه‌حل است",
        '— <a href="https://github.com/mansona">@mansona</a>, نگهدارنده EmberJS',
        "سلام",
        "שלום world",
        "---",
        "۱۲۳",
    ],
)
def test_reads_right_to_left(line: str) -> None:
    assert line_reads_right_to_left(line)


@pytest.mark.parametrize(
    "line",
    ['<aside markdown="1" class="pquote">', "[@gabek](https://github.com/gabek)", "```bash", "Ünïcode 42"],
)
def test_latin_alone_reads_left_to_right(line: str) -> None:
    assert not line_reads_right_to_left(line)
