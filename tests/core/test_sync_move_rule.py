"""One rule of what a move is (`sync_moves.pair_moves`) for Get latest, the status and Share's
message. Get latest followed a page others moved as git's `diff-tree -M` saw it, while the
status and the message compared whole lines: a page renamed with a word changed in each long
paragraph (connectedbydata's AI white paper response) was shared as "Remove" and "Add", two
pages, though the other author's Get latest took it for a move."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import sync_site  # noqa: E402
from sync_site import git, replace_in  # noqa: E402

from editor_app.core import sync  # noqa: E402

OLD = "_resources/ai-white-paper-2023.md"
NEW = "_resources/ai-white-paper-response.md"


def rename_and_edit(clone: Path) -> None:
    """Renamed in a file manager, five settings changed and a word in each long paragraph."""
    text = (clone / OLD).read_text(encoding="utf-8")
    for old, new in (
        ('title: "Response to the AI White Paper consultation"', 'title: "Our answer"'),
        ("status: final", "status: draft"),
        ("date: 2023-06-21", "date: 2023-06-22"),
        ("listed: true", "listed: false"),
        ("project: Our Data Futures", "project: Data Futures"),
    ):
        assert old in text
        text = text.replace(old, new, 1)
    lines = [
        re.sub(r"\bthe\b", "our", line, count=1) if len(line) > 200 else line
        for line in text.split("\n")
    ]
    (clone / OLD).unlink()
    (clone / NEW).write_text("\n".join(lines), encoding="utf-8")


team = sync_site.site_team_fixture("connectedbydata")


def test_a_move_is_judged_alike_by_status_share_and_get_latest(
    team: tuple[Path, Path, Path],
) -> None:
    _server, ben, ana = team
    rename_and_edit(ben)
    assert sync.status(ben).message == "1 page changed here, not shared yet"  # not 2
    assert sync.push(ben).shared
    message = git(ben, "log", "-1", "--format=%B")
    assert message.startswith("Move 'Our answer' to ai-white-paper-response.md"), message
    replace_in(ana / OLD, "author: Adam Cantwell-Corn", "author: Ana Author")
    result = sync.pull(ana)
    assert result.moved == [(OLD, NEW)] and result.conflicts == []
    moved = (ana / NEW).read_text(encoding="utf-8")
    assert "author: Ana Author" in moved and 'title: "Our answer"' in moved
    assert not (ana / OLD).exists()


def test_pages_too_unlike_are_no_move_on_either_side(team: tuple[Path, Path, Path]) -> None:
    """Below half alike, a removed page and an added one stay two pages for both rules' users:
    Ana's changes stay at the old name, with a choice."""
    _server, ben, ana = team
    (ben / OLD).unlink()
    (ben / NEW).write_text("---\ntitle: Something else\n---\nA new page.\n", encoding="utf-8")
    assert sync.status(ben).message == "2 pages changed here, not shared yet"
    assert sync.push(ben).shared
    with (ana / OLD).open("a", encoding="utf-8") as f:
        f.write("\nA closing line from Ana.\n")
    result = sync.pull(ana)
    assert result.moved == [] and [c.path for c in result.conflicts] == [OLD]
