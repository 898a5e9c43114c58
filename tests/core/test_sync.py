"""Sharing through git: status in words, Get latest, Share my changes (real git, local server)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sync_site
from sync_site import (
    OTHER,
    POST,
    drive_not_mounted,
    git,
    isolate_git,
    log_subjects,
    make_synthetic_site,
    replace_in,
)

from editor_app.core import sync, sync_conflicts
from editor_app.core.document import Document

# The synthetic site shared by two people (sync_site), as the other sharing tests.
team = sync_site.team


def test_status_in_plain_words(team: tuple[Path, Path, Path]) -> None:
    server, author, editor = team
    assert sync.status(author).message == "Up to date: everything is shared"
    replace_in(author / POST, "A short story", "A longer story")
    (author / "_posts" / "new-page.md").write_text("---\ntitle: New\n---\nHello.\n")
    st = sync.status(author)
    assert st.message == "2 pages changed here, not shared yet"
    assert st.pages_changed_here == ["_posts/2025-03-01-council-listens.md", "_posts/new-page.md"]
    assert st.mark(POST) == "here"
    assert sync.push(author).shared
    st = sync.status(editor, fetch=True)
    assert st.message == "1 new change from others: Get latest"
    assert st.changed_by_others == sorted([POST, "_posts/new-page.md"])
    assert st.mark(POST) == "others"
    with drive_not_mounted(editor):
        st = sync.status(editor, fetch=True)
    assert st.offline
    assert "Offline: changes will be shared when the server is reachable" in st.message


def test_not_a_git_copy_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_git(monkeypatch)
    site = make_synthetic_site(tmp_path / "plain")
    st = sync.status(site)
    assert not st.is_git
    assert st.message == "Not shared: this folder is not kept in git"
    with pytest.raises(sync.SyncError, match="not kept in git"):
        sync.push(site)


def test_share_commits_pages_notes_and_pictures_only(team: tuple[Path, Path, Path]) -> None:
    _server, author, _editor = team
    replace_in(author / POST, "A short story", "A longer story")
    replace_in(author / POST, "on a wet Tuesday", "on a dry Tuesday ![The park](/assets/park.png)")
    notes = author / "_posts" / ".review" / "2025-03-01-council-listens.md.notes.yml"
    notes.parent.mkdir()
    notes.write_text("version: 1\nnotes: []\n")
    (author / "assets").mkdir()
    (author / "assets" / "park.png").write_bytes(b"\x89PNG fake")
    (author / "assets" / "unused.jpg").write_bytes(b"JPEG no page shows")
    # Never shared: editor settings, site settings edited by hand, a half-written save.
    (author / ".editor-app").mkdir()
    (author / ".editor-app" / "settings.json").write_text("{}")
    replace_in(author / "_config.yml", "Test site", "Test site!")
    (author / "_posts" / ".~council.md.1234.tmp").write_text("partial")
    (author / "notes.txt").write_text("mine")
    result = sync.push(author, author="Ada A. Author")
    assert result.shared
    files = git(author, "show", "--name-only", "--format=", "HEAD").split()
    assert sorted(files) == sorted(
        [POST, "_posts/.review/2025-03-01-council-listens.md.notes.yml", "assets/park.png"]
    )
    message = git(author, "log", "-1", "--format=%B", "HEAD")
    assert message.splitlines()[0] == "Update 1 page: 'What happens when a council listens'"
    assert "- Update 'What happens when a council listens' (subtitle, the text)" in message
    assert "- Add picture park.png" in message
    assert git(author, "log", "-1", "--format=%an", "HEAD").strip() == "Ada A. Author"
    still_here = git(author, "status", "--porcelain").splitlines()
    assert " M _config.yml" in still_here
    assert "?? notes.txt" in still_here
    assert "?? assets/unused.jpg" in still_here  # no page shows it
    assert git(author, "rev-parse", "HEAD") == git(author, "rev-parse", "origin/main")
    # A picture a shared page shows, replaced: shared on its own.
    (author / "assets" / "park.png").write_bytes(b"\x89PNG newer")
    assert sync.status(author).other_files_changed_here == ["assets/park.png"]
    assert sync.push(author).summary == "Replace picture park.png"


def test_one_page_message_names_the_fields(team: tuple[Path, Path, Path]) -> None:
    _server, author, _editor = team
    replace_in(author / POST, "A short story", "A longer story")
    sync.push(author)
    assert log_subjects(author)[0] == ("Update 'What happens when a council listens' (subtitle)")
    assert git(author, "log", "-1", "--format=%an").strip() == "Ada Author"  # git's setting


def test_both_edit_different_parts_of_one_page(team: tuple[Path, Path, Path]) -> None:
    _server, author, editor = team
    replace_in(author / POST, "A short story", "A story of letters")
    replace_in(author / POST, "on a wet Tuesday", "on a grey Tuesday")
    assert sync.push(author).shared
    # The editor changed another paragraph and a tag, not yet shared.
    replace_in(editor / POST, "kept its trees.", "kept all of its trees.")
    replace_in(editor / POST, "  - democracy\n", "  - democracy\n  - parks\n")
    result = sync.pull(editor)
    assert result.brought_in == [POST]
    assert result.conflicts == []
    text = (editor / POST).read_text()
    for words in ("A story of letters", "grey Tuesday", "kept all of its trees", "- parks"):
        assert words in text
    assert "<<<<<<<" not in text
    # Still the editor's change, not shared: nothing was committed behind their back.
    assert sync.status(editor).message == "1 page changed here, not shared yet"
    assert sync.push(editor).shared
    sync.pull(author)
    assert (author / POST).read_text() == text
    assert sync.status(author).brought_in == [POST]
    assert sync.pull(author).up_to_date
    assert sync.status(author).brought_in == []  # the last Get latest brought nothing


def test_local_commits_are_replayed_on_top_of_others(team: tuple[Path, Path, Path]) -> None:
    server, author, editor = team
    replace_in(editor / OTHER, "A finished page.", "A finished page, edited.")
    with drive_not_mounted(editor):
        result = sync.push(editor)
    assert result.offline and result.commit
    assert "Offline" in result.message
    assert sync.status(editor).message.startswith("1 page changed here, not shared yet")
    replace_in(author / POST, "A short story", "A story of letters")
    sync.push(author)
    result = sync.push(editor)  # the server moved on: gets latest, replays, shares
    assert result.shared and result.pulled is not None
    assert log_subjects(editor)[:3] == [
        "Update 'Second post' (the text)",
        "Update 'What happens when a council listens' (subtitle)",
        "Import the site",
    ]
    assert "A story of letters" in (editor / POST).read_text()


def test_same_sentence_keeps_mine_and_both_versions_reachable(
    team: tuple[Path, Path, Path],
) -> None:
    _server, author, editor = team
    replace_in(author / POST, "three hundred letters", "four hundred letters")
    sync.push(author)
    # The same word changed on both sides ("three"): a choice. Apart ("three hundred angry
    # letters" here) both would be kept, word by word.
    replace_in(editor / POST, "three hundred letters", "five hundred angry letters")
    result = sync.push(editor)
    assert not result.shared and result.waiting_choice == [POST]  # not shared over the choice
    conflicts = result.pulled.conflicts
    assert len(conflicts) == 1
    assert result.choices == conflicts
    c = conflicts[0]
    assert (c.kind, c.where, c.path) == ("paragraph", "body", POST)
    assert c.mine == "Residents had written five hundred angry letters about the park."
    assert c.theirs == "Residents had written four hundred letters about the park."
    assert c.choices == ("mine", "theirs", "both")
    text = (editor / POST).read_text()
    assert "five hundred angry letters" in text and "<<<<" not in text
    # Their version is in history: the commit named by the choice, kept by a ref too.
    assert "four hundred letters" in git(editor, "show", f"{c.theirs_commit}:{POST}")
    assert git(editor, "rev-parse", f"refs/editor-app/theirs/{c.id}").strip() == c.theirs_commit
    st = sync.status(editor)
    # Mine was shared; now it waits here with the choice.
    assert st.message == (
        "1 page changed here, not shared yet · 1 choice to make: changed here and by others"
    )
    sync_conflicts.resolve(sync.open_repo(editor), c.id, "both")
    body = Document.load(editor / POST).body
    assert (
        "five hundred angry letters about the park.\n\n"
        "Residents had written four hundred letters about the park.\n\n" in body
    )
    assert sync.status(editor).conflicts == []
    assert sync.push(editor).shared
    sync.pull(author)
    assert "five hundred angry letters" in (author / POST).read_text()


def test_same_field_choice_keep_theirs(team: tuple[Path, Path, Path]) -> None:
    _server, author, editor = team
    replace_in(author / POST, "A short story", "The author's subtitle")
    sync.push(author)
    replace_in(editor / POST, "A short story", "The editor's subtitle")
    result = sync.pull(editor)
    (c,) = result.conflicts
    assert (c.kind, c.where, c.mine, c.theirs) == (
        "field",
        "subtitle",
        "The editor's subtitle",
        "The author's subtitle",
    )
    assert Document.load(editor / POST).get("subtitle") == "The editor's subtitle"
    sync_conflicts.resolve(sync.open_repo(editor), c.id, "theirs")
    doc = Document.load(editor / POST)
    assert doc.get("subtitle") == "The author's subtitle"
    # Only that line differs from the shared copy: the change was made in place.
    assert git(editor, "status", "--porcelain").strip() == ""


def test_notes_added_on_both_sides_are_all_kept(team: tuple[Path, Path, Path]) -> None:
    _server, author, editor = team
    rel = "_posts/.review/2025-03-01-council-listens.md.notes.yml"
    head = "version: 1\nnotes:\n"
    for clone in (author, editor):
        (clone / rel).parent.mkdir()
    (author / rel).write_text(head + "- id: a1\n  text: from the author\n")
    sync.push(author)
    (editor / rel).write_text(head + "- id: e1\n  text: from the editor\n")
    result = sync.push(editor)
    assert result.shared and result.pulled.conflicts == []
    text = (editor / rel).read_text()
    assert "from the author" in text and "from the editor" in text


def test_get_latest_when_nothing_is_new(team: tuple[Path, Path, Path]) -> None:
    _server, author, editor = team
    result = sync.pull(author)
    assert result.up_to_date
    assert result.message == "Already up to date: nothing new from others"
    assert sync.push(author).message == "Nothing to share: no saved page changed"
    # Others shared something; sharing nothing here neither sends nor brings anything in.
    replace_in(author / POST, "A short story", "A story of letters")
    sync.push(author)
    before = git(editor, "rev-parse", "HEAD")
    sync.status(editor, fetch=True)
    result = sync.push(editor)
    assert result.message == "Nothing to share: no saved page changed"
    assert result.pulled is None and git(editor, "rev-parse", "HEAD") == before


def test_first_share_of_a_new_branch_sets_where_it_goes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolate_git(monkeypatch)
    server = tmp_path / "empty.git"
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(server))
    site = make_synthetic_site(tmp_path / "new-site")
    git(site, "init", "-q", "-b", "main")
    git(site, "config", "user.name", "First Person")
    git(site, "config", "user.email", "first@example.org")
    git(site, "remote", "add", "origin", str(server))
    st = sync.status(site)
    assert st.message == "2 pages changed here, not shared yet"
    result = sync.push(site)  # no commit yet, no branch on the server
    assert result.shared
    assert git(server, "log", "--format=%s", "main").splitlines() == [
        "Add 2 pages: 'Second post', 'What happens when a council listens'"
    ]
    assert git(site, "config", "branch.main.merge").strip() == "refs/heads/main"
    # _config.yml and _schema.yml are site settings: never shared from the app.
    assert "_config.yml" not in git(server, "ls-tree", "-r", "--name-only", "main")
    assert sync.status(site).message == "Up to date: everything is shared"


def test_windows_line_endings_are_not_changes(team: tuple[Path, Path, Path]) -> None:
    _server, author, editor = team
    git(editor, "config", "core.autocrlf", "true")
    # A checkout as on Windows: every line ending is CRLF on disk, LF in history.
    for page in (POST, OTHER):
        (editor / page).unlink()
    git(editor, "checkout", "--", "_posts")
    assert b"\r\n" in (editor / POST).read_bytes()
    assert sync.status(editor).pages_changed_here == []
    replace_in(author / POST, "A short story", "A story of letters")
    sync.push(author)
    replace_in(editor / POST, "kept its trees.", "kept its old trees.")
    result = sync.pull(editor)
    assert result.conflicts == []
    data = (editor / POST).read_bytes()
    assert b"A story of letters\r\n" in data and b"kept its old trees.\r\n" in data
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert data.replace(b"\r\n", b"\n") == (author / POST).read_bytes().replace(
        b"kept its trees.", b"kept its old trees."
    )


def test_refused_access_and_unreachable_server_in_words() -> None:
    from editor_app.core.sync_git import AccessError, OfflineError, _error

    refused = _error(
        b"git@example.org: Permission denied (publickey).\nfatal: Could not read "
        b"from remote repository.\n",
        "fetch",
    )
    assert isinstance(refused, AccessError)
    assert "never asks for a password" in str(refused)
    https = _error(
        b"fatal: could not read Username for 'https://example.org': terminal prompts disabled\n",
        "push",
    )
    assert isinstance(https, AccessError)
    offline = _error(
        b"fatal: unable to access 'https://example.org/x.git/': Could not resolve "
        b"host: example.org\n",
        "fetch",
    )
    assert isinstance(offline, OfflineError)


def test_a_save_while_getting_latest_is_kept(
    team: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _server, author, editor = team
    replace_in(author / POST, "A short story", "A story of letters")
    sync.push(author)
    real = sync.Repo.working_blobs

    def save_meanwhile(self, paths, write=False):  # noqa: ANN001, ANN202
        found = real(self, paths, write)
        if not write and POST in paths:
            replace_in(editor / POST, "wet Tuesday", "sunny Tuesday")  # the person saves now
        return found

    monkeypatch.setattr(sync.Repo, "working_blobs", save_meanwhile)
    result = sync.pull(editor)
    text = (editor / POST).read_text()
    assert "sunny Tuesday" in text and "A short story" in text  # the save, untouched
    (c,) = result.conflicts
    assert (c.path, c.kind) == (POST, "file")
    monkeypatch.setattr(sync.Repo, "working_blobs", real)
    sync_conflicts.resolve(sync.open_repo(editor), c.id, "theirs")
    assert "A story of letters" in (editor / POST).read_text()
    # The saved copy it replaced stays reachable too.
    assert "sunny Tuesday" in git(editor, "show", f"refs/editor-app/mine/{c.id}:{POST}")


def test_the_same_change_on_both_sides_makes_no_empty_commit(
    team: tuple[Path, Path, Path],
) -> None:
    server, author, editor = team
    replace_in(author / POST, "A short story", "A story of letters")
    sync.push(author)
    replace_in(editor / POST, "A short story", "A story of letters")
    with drive_not_mounted(editor):
        assert sync.push(editor).offline  # committed here only
    result = sync.pull(editor)
    assert result.conflicts == []
    assert log_subjects(editor) == [
        "Update 'What happens when a council listens' (subtitle)",
        "Import the site",
    ]
    assert sync.status(editor).message == "Up to date: everything is shared"


def test_server_busy_with_others_says_try_again(
    team: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _server, author, _editor = team
    replace_in(author / POST, "A short story", "A story of letters")
    monkeypatch.setattr(sync.Repo, "push", lambda self, remote, *refs: False)  # always refused
    result = sync.push(author)
    assert result.crowded and not result.offline and not result.shared and result.commit
    assert result.message == (
        "Saved here. Others were sharing at the same moment: Share my changes again"
    )


def test_ssh_never_prompts_unless_the_person_set_their_own(
    team: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _server, author, _editor = team
    monkeypatch.delenv("GIT_SSH_COMMAND", raising=False)
    monkeypatch.delenv("GIT_SSH", raising=False)
    repo = sync.open_repo(author)
    assert repo._network_env()["GIT_SSH_COMMAND"].startswith("ssh -o BatchMode=yes")
    git(author, "config", "core.sshCommand", "ssh -i ~/.ssh/work_key")
    assert "GIT_SSH_COMMAND" not in sync.open_repo(author)._network_env()


def test_a_file_name_that_is_not_utf8_is_shared_as_it_is(team: tuple[Path, Path, Path]) -> None:
    _server, author, editor = team
    name = b"caf\xe9.md"  # Latin-1, as an old system may have written it
    (author / "_posts").joinpath(os.fsdecode(name)).write_bytes(b"---\ntitle: Cafe\n---\nHi.\n")
    st = sync.status(author)
    assert st.message == "1 page changed here, not shared yet"
    assert sync.push(author).shared
    sync.pull(editor)
    assert (editor / "_posts").joinpath(os.fsdecode(name)).read_bytes().endswith(b"Hi.\n")
    assert name in os.listdir(os.fsencode(editor / "_posts"))


def test_get_latest_waits_for_a_fetch_running_at_the_same_moment(
    team: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window checks the server while the person presses Get latest: git refuses the
    second fetch ('cannot lock ref'); Get latest waits for the first one instead of failing."""
    import time

    _server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "bright Monday")
    assert sync.push(author, None, "Ada Author").shared
    lock = editor / ".git" / "refs" / "remotes" / "origin" / "main.lock"
    lock.parent.mkdir(parents=True, exist_ok=True)
    lock.write_text("another fetch\n")  # git's own lock, as the other fetch holds it
    waits: list[float] = []

    def the_other_fetch_ends(seconds: float) -> None:
        waits.append(seconds)
        lock.unlink(missing_ok=True)

    monkeypatch.setattr(time, "sleep", the_other_fetch_ends)
    result = sync.pull(editor)
    assert waits  # it waited rather than failed
    assert "bright Monday" in (editor / POST).read_text()
    assert POST in result.brought_in


def test_a_paragraph_removed_by_others_and_edited_here_is_said_removed(
    team: tuple[Path, Path, Path],
) -> None:
    from editor_app.core import sync_conflicts

    _server, author, editor = team
    replace_in(author / POST, "The officers read every one of them, and the plan changed.\n\n", "")
    assert sync.push(author).shared
    replace_in(editor / POST, "and the plan changed.", "and the plan changed twice.")
    (choice,) = sync.pull(editor).conflicts
    mine, theirs = sync_conflicts.versions_html(choice)
    assert "changed twice" in mine
    assert "They removed this paragraph." in theirs  # not an empty box
    assert choice.choices == ("mine", "theirs")  # "both" would keep only mine


def test_a_folder_emptied_by_others_goes_as_git_would_remove_it(
    team: tuple[Path, Path, Path],
) -> None:
    _server, author, editor = team
    (author / "_drafts").mkdir()
    (author / "_drafts" / "first.md").write_text("---\ntitle: First\n---\nHello.\n")
    assert sync.push(author).shared
    sync.pull(editor)
    assert (editor / "_drafts" / "first.md").is_file()
    git(author, "rm", "-q", "_drafts/first.md")
    assert sync.push(author).shared
    sync.pull(editor)
    assert not (editor / "_drafts").exists()  # an empty _drafts would still list "Drafts"
    assert (editor / "_posts").is_dir()  # a folder still holding pages stays
