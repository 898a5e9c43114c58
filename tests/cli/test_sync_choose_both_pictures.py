"""Two different pictures of one name, one added here and one by others: besides Keep mine
and Keep theirs, both can be kept (`sync choose ID both`): theirs beside mine under a free
name, the page left showing mine, which name it shows being the author's choice."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from editor_app.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
import sync_site  # noqa: E402
from sync_site import OTHER, git  # noqa: E402

PICTURE = "assets/chart.png"


# The synthetic site shared by two people (sync_site), as the other sharing tests.
team = sync_site.team


def both_add_a_chart(ana: Path, ben: Path) -> None:
    for clone, data in ((ben, b"PNG ben's chart"), (ana, b"PNG ana's chart")):
        page = clone / OTHER
        page.write_text(page.read_text() + f"\n![Chart](/{PICTURE})\n")
        (clone / "assets").mkdir(exist_ok=True)
        (clone / PICTURE).write_bytes(data)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_keep_both_pictures(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    server, ana, ben = team
    both_add_a_chart(ana, ben)
    assert run(capsys, "sync", "push", str(ben))[0] == 0
    page_before = (ana / OTHER).read_bytes()
    assert run(capsys, "sync", "pull", str(ana))[0] == 1
    code, out = run(capsys, "sync", "choices", str(ana))
    assert "added here and by others, two different pictures of one name" in out
    assert "choose: mine or theirs or both" in out
    (choice,) = json.loads(run(capsys, "sync", "choices", str(ana), "--json")[1])
    code, out = run(capsys, "sync", "choose", choice["id"], "both", str(ana))
    assert code == 0, out
    assert out == (
        "Kept both pictures: theirs as assets/chart-2.png; the pages still show yours (write "
        "chart-2.png there to show theirs). Share my changes to send both.\n"
    )
    assert (ana / PICTURE).read_bytes() == b"PNG ana's chart"
    assert (ana / "assets/chart-2.png").read_bytes() == b"PNG ben's chart"
    assert (ana / OTHER).read_bytes() == page_before  # which one it shows: the author's choice
    assert run(capsys, "sync", "choices", str(ana))[1] == "No choice waiting.\n"
    assert run(capsys, "sync", "push", str(ana))[0] == 0
    assert git(server, "show", f"main:{PICTURE}") == "PNG ana's chart"
    # Shared though no page shows it yet: the other author has both pictures too.
    assert git(server, "show", "main:assets/chart-2.png") == "PNG ben's chart"
    assert run(capsys, "sync", "pull", str(ben))[0] == 0
    assert (ben / "assets/chart-2.png").read_bytes() == b"PNG ben's chart"


def test_the_free_name_skips_one_taken(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _server, ana, ben = team
    both_add_a_chart(ana, ben)
    (ana / "assets/chart-2.png").write_bytes(b"PNG another")
    assert run(capsys, "sync", "push", str(ben))[0] == 0
    assert run(capsys, "sync", "pull", str(ana))[0] == 1
    (choice,) = json.loads(run(capsys, "sync", "choices", str(ana), "--json")[1])
    assert run(capsys, "sync", "choose", choice["id"], "both", str(ana))[0] == 0
    assert (ana / "assets/chart-2.png").read_bytes() == b"PNG another"
    assert (ana / "assets/chart-3.png").read_bytes() == b"PNG ben's chart"
