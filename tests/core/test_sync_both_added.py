"""Two authors add a page of the same name apart (the same title from the same template):
Get latest keeps what both wrote alike once, and each one's words, as paragraphs. Before,
the template's headings came twice, and words in the same place ran into one paragraph."""

from __future__ import annotations

from pathlib import Path

import sync_site

from editor_app.core import sync

WEEKLY = "_posts/2025-05-01-weekly-notes.md"


def weekly(title: str, summary: str, more: str = "") -> str:
    return (
        f"---\ntitle: {title}\nlayout: post\n---\n\n## Summary\n\n{summary}\n\n"
        f"## Actions\n\nWrite the next notes.\n{more}"
    )


# The synthetic site shared by two people (sync_site), as the other sharing tests.
team = sync_site.team


def test_a_page_both_added_keeps_what_is_alike_once(team: tuple[Path, Path, Path]) -> None:
    _server, ben, ana = team
    (ben / WEEKLY).write_text(weekly("Weekly notes", "Ben's summary.", "\nBen's action.\n"))
    assert sync.push(ben).shared
    (ana / WEEKLY).write_text(weekly("Weekly notes", "Ana's summary."))
    result = sync.pull(ana)
    assert result.conflicts == []
    assert (ana / WEEKLY).read_text() == (
        "---\ntitle: Weekly notes\nlayout: post\n---\n\n## Summary\n\nAna's summary.\n\n"
        "Ben's summary.\n\n## Actions\n\nWrite the next notes.\n\nBen's action.\n"
    )


def test_a_page_both_added_with_two_titles_asks_which(team: tuple[Path, Path, Path]) -> None:
    _server, ben, ana = team
    (ben / WEEKLY).write_text(weekly("Notes of the week", "Same words."))
    assert sync.push(ben).shared
    (ana / WEEKLY).write_text(weekly("Weekly notes", "Same words."))
    result = sync.pull(ana)
    assert [(c.kind, c.mine, c.theirs) for c in result.conflicts] == [
        ("field", "Weekly notes", "Notes of the week")
    ]
    assert (ana / WEEKLY).read_text() == weekly("Weekly notes", "Same words.")


def test_a_setting_of_a_page_both_added_is_said_added_not_changed(
    qtbot, team: tuple[Path, Path, Path]  # noqa: ANN001
) -> None:
    """Ana wrote a new page and was told its title "was changed here and by others", as if
    she had edited Ben's page: it is said added on both sides, in the status line, `sync
    choices` and the Choices window."""
    from editor_app.core import sync_conflicts
    from editor_app.ui.sync_choices import ChoiceDialog

    _server, ben, ana = team
    (ben / WEEKLY).write_text(weekly("Notes of the week", "Same words."))
    assert sync.push(ben).shared
    (ana / WEEKLY).write_text(weekly("Weekly notes", "Same words."))
    (choice,) = sync.pull(ana).conflicts
    assert sync.status(ana).message.endswith("1 choice to make: added here and by others")
    assert sync_conflicts.describe(choice) == (
        f"{WEEKLY}: added here and by others, the field 'title' differs"
    )
    repo = sync.open_repo(ana)
    dialog = ChoiceDialog(repo, sync_conflicts.load(repo))
    qtbot.addWidget(dialog)
    assert dialog.where.text() == (
        "“Weekly notes” was added here and by others: the field “title” has two values."
    )
