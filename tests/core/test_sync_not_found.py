"""A shared copy whose address is mistyped or moved is said as such ("The shared copy at …
was not found"), in the status, Get latest and Share my changes (and their commands); "Offline"
is kept for a server that cannot be reached (a drive not mounted, no network)."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import sync_site
from sync_site import POST, git, replace_in

from editor_app.cli import main
from editor_app.core import sync
from editor_app.core.sync_git import NotFoundError, OfflineError, Repo

# The synthetic site shared by two people (sync_site), as the other sharing tests.
team = sync_site.team


def test_a_mistyped_folder_is_not_found(
    team: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _server, author, _editor = team
    wrong = tmp_path / "servr.git"
    git(author, "remote", "set-url", "origin", str(wrong))
    said = f"The shared copy at {wrong} was not found: check its address"

    st = sync.status(author, fetch=True)
    assert st.message.startswith(said) and not st.offline
    with pytest.raises(NotFoundError, match="was not found"):
        sync.pull(author)
    replace_in(author / POST, "A short story", "A longer story")
    pushed = sync.push(author)
    assert pushed.commit and not pushed.shared and not pushed.offline
    assert pushed.message.startswith(f"Saved here. {said}")

    assert main(["sync", "status", str(author)]) == 0
    assert capsys.readouterr().out.startswith(said)
    for action in ("pull", "push"):
        assert main(["sync", action, str(author)]) == 2
        err = capsys.readouterr().err
        assert f"The shared copy at {wrong} was not found" in err and "Offline" not in err
        assert err.count("\n") == 1


def test_a_drive_not_mounted_is_still_offline(
    team: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    server, author, _editor = team
    git(author, "remote", "set-url", "origin", str(tmp_path / "drive" / server.name))
    st = sync.status(author, fetch=True)
    assert st.offline and st.message == sync.OFFLINE_TEXT
    assert sync.pull(author).offline


@pytest.fixture
def web_folder(tmp_path: Path) -> Iterator[str]:
    """A web server on this computer (loopback only) serving `tmp_path`, as a git host would."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *_args: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_mistyped_web_address_is_not_found(
    team: tuple[Path, Path, Path], web_folder: str
) -> None:
    _server, author, _editor = team
    wrong = f"{web_folder}/servr.git"
    git(author, "remote", "set-url", "origin", wrong)
    st = sync.status(author, fetch=True)
    assert st.message.startswith(f"The shared copy at {wrong} was not found") and not st.offline


@pytest.mark.parametrize(
    ("said", "not_found"),
    [
        # GitHub and others over ssh: the server answered, without the repository.
        ("ERROR: Repository not found.\nfatal: Could not read from remote repository.", True),
        (
            "fatal: '/srv/git/sit.git' does not appear to be a git repository\n"
            "fatal: Could not read from remote repository.",
            True,
        ),
        # No connection at all: offline.
        (
            "ssh: Could not resolve hostname githb.com: Name or service not known\n"
            "fatal: Could not read from remote repository.",
            False,
        ),
        ("fatal: unable to access 'https://example.org/site.git/': Could not resolve host", False),
    ],
)
def test_what_a_server_said_over_ssh_or_https(tmp_path: Path, said: str, not_found: bool) -> None:
    repo = Repo(tmp_path)
    repo._cache["config"] = {"remote.origin.url": "git@example.org:team/site.git"}
    error = repo._network_error("origin", said.encode(), "fetch")
    assert isinstance(error, OfflineError)
    assert isinstance(error, NotFoundError) is not_found


@pytest.mark.parametrize(
    "said",
    [
        # "403" in the address (a port, a folder) is no refusal.
        "fatal: repository 'http://127.0.0.1:40391/servr.git/' not found",
        "fatal: '/tmp/pytest-403/servr.git' does not appear to be a git repository\n"
        "fatal: Could not read from remote repository.",
    ],
)
def test_an_address_holding_403_is_not_taken_for_refused_access(
    tmp_path: Path, said: str
) -> None:
    (tmp_path / "pytest-403").mkdir()
    (tmp_path / "pytest-403" / "other.git").mkdir()
    repo = Repo(tmp_path)
    repo._cache["config"] = {"remote.origin.url": "http://127.0.0.1:40391/servr.git"}
    assert isinstance(repo._network_error("origin", said.encode(), "fetch"), NotFoundError)


def test_a_server_forbidding_access_is_refused_access(tmp_path: Path) -> None:
    said = "fatal: unable to access 'https://example.org/site.git/': The requested URL returned error: 403"
    repo = Repo(tmp_path)
    repo._cache["config"] = {"remote.origin.url": "https://example.org/site.git"}
    error = repo._network_error("origin", said.encode(), "fetch")
    assert error.__class__.__name__ == "AccessError"
