"""Each command's --help says what the command does, as the README says it: a reader of the
help alone is not told less than it does, nor something it does not."""

from __future__ import annotations

import pytest

from editor_app.cli import main


def _help(capsys, argv: list[str]) -> str:  # noqa: ANN001
    with pytest.raises(SystemExit) as stopped:
        main([*argv, "--help"])
    assert stopped.value.code == 0
    return " ".join(capsys.readouterr().out.split())  # argparse wraps lines where it likes


def test_new_is_said_to_start_from_a_hugo_archetype_too(capsys) -> None:  # noqa: ANN001
    assert main(["--help"]) == 0
    listing = " ".join(capsys.readouterr().out.split())
    assert "new create a document from the schema defaults, or from a Hugo archetype" in listing


def test_import_says_decisions_made_in_word_are_carried_out(capsys) -> None:  # noqa: ANN001
    text = _help(capsys, ["import"])
    assert "accepted or rejected in Word is accepted or rejected" in text
    assert "the pages themselves are not changed" not in text


def test_export_says_suggested_edits_go_out_as_tracked_changes(capsys) -> None:  # noqa: ANN001
    text = _help(capsys, ["export"])
    assert "each open suggested edit as a tracked change" in text
    assert main(["--help"]) == 0
    listing = " ".join(capsys.readouterr().out.split())
    assert "with their open review notes and suggested edits" in listing


def test_sync_choose_names_its_choice_as_its_usage_does(capsys) -> None:  # noqa: ANN001
    assert "usage: editor-app sync choose [-h] ID CHOICE [SITE]" in _help(
        capsys, ["sync", "choose"]
    )
    with pytest.raises(SystemExit) as stopped:
        main(["sync", "choose"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "required: ID, CHOICE" in err


def test_review_says_what_it_is_for_and_where_its_notes_are_kept(capsys) -> None:  # noqa: ANN001
    text = _help(capsys, ["review"])
    assert "Notes, suggestions and decisions are kept in a .review folder beside the page" in text
    assert "editor-app sync drafts" in text
