"""Time what the sharing status reads of the review branches, on a made-up shared site.

    .venv/bin/python bench/sync_status.py [--branches 20] [--pages 200]

A bare "server" and two copies of a made-up site: the author sends BRANCHES pages for review
(each on its own branch, a few saved again since), the editor fetches them. For each copy it
prints, beside its peer (a bare `git for-each-ref` of the same branches, the least any
reading of them costs): the four walks the status made before (`sync_drafts.pages_in_review`,
`changed_since_sent`, `drafts_from_others`, `sync_draft_review.drafts_returned` as they were,
`four_walks`: those four now ask the one walk), the one walk it makes now (`sync_review_walk.review_branches`), and the whole `sync.status` without a
fetch; each with the number of git programs run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from editor_app.core import sync, sync_draft_bring_back, sync_drafts  # noqa: E402
from editor_app.core.sync_base import kind_of  # noqa: E402
from editor_app.core.sync_git import GitRunner, Repo  # noqa: E402
from editor_app.core.sync_review_walk import review_branches  # noqa: E402

_calls = 0
_run = GitRunner.run


def _counted(self: GitRunner, *args: str, **kwargs: Any) -> Any:
    global _calls
    _calls += 1
    return _run(self, *args, **kwargs)


GitRunner.run = _counted  # type: ignore[method-assign]


def git(where: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(where), *args], check=True, capture_output=True)


def build(folder: Path, branches: int, pages: int) -> tuple[Path, Path]:
    """The author's and the editor's copies of a shared made-up site with review branches."""
    site, server = folder / "site", folder / "server.git"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: Made-up site\n")
    for n in range(pages):
        (site / f"_posts/2025-01-01-page-{n:04}.md").write_text(
            f"---\ntitle: Page {n}\nstatus: draft\n---\nThe words of page {n}.\n"
        )
    git(folder, "init", "-q", "--bare", "-b", "main", str(server))
    git(site, "init", "-q", "-b", "main")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "Import the site")
    git(site, "remote", "add", "origin", str(server))
    git(site, "push", "-q", "-u", "origin", "main")
    copies = []
    for name in ("author", "editor"):
        git(folder, "clone", "-q", str(server), str(folder / name))
        copies.append(folder / name)
    author, editor = copies
    for n in range(branches):
        page = author / f"_posts/2025-01-01-page-{n:04}.md"
        page.write_text(page.read_text() + "Sent for review.\n")
        sync_drafts.send_for_review(author, page)
        if n % 4 == 0:  # saved again since it was sent
            page.write_text(page.read_text() + "Saved again.\n")
    git(editor, "fetch", "-q")
    return author, editor


def four_walks(repo: Repo) -> None:
    """The four walks the status made before `review_branches`, each over every branch with
    its own git calls, as they were (those four functions now ask the one walk)."""
    tip = sync_drafts._shared_tip(repo)
    for name, sha in sync_drafts._open_branches(repo).items():  # pages_in_review
        if repo.rev(f"refs/heads/{name}") is not None:
            repo.changes(repo.merge_base(tip, sha) if tip else None, sha)
    tip = sync_drafts._shared_tip(repo)  # each walk asked it again
    sent: dict[str, str] = {}
    for name in sync_drafts._open_branches(repo):  # changed_since_sent
        own = repo.rev(f"refs/heads/{name}")
        if own is not None:
            for c in repo.changes(repo.merge_base(tip, own) if tip else None, own):
                if kind_of(c.path) == "page" and c.new_blob:
                    sent[c.path] = c.new_blob
    repo.working_blobs(list(sent))
    for name in sync_drafts._open_branches(repo):  # drafts_from_others
        repo.rev(f"refs/heads/{name}")
    sync_draft_bring_back._returned(repo)  # drafts_returned


def timed(run: Callable[[], object], repeat: int) -> tuple[float, int]:
    """Best time of `repeat` runs, and the git programs one run starts."""
    global _calls
    best = float("inf")
    for _ in range(repeat):
        _calls = 0
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best, _calls


def measure(branches: int = 20, pages: int = 200, repeat: int = 3) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="editor-app-bench-") as tmp:
        os.environ.update(
            {
                "GIT_CONFIG_NOSYSTEM": "1",
                "GIT_CONFIG_GLOBAL": str(Path(tmp, "gitconfig")),
                "GIT_AUTHOR_NAME": "Bench",
                "GIT_AUTHOR_EMAIL": "bench@example.org",
                "GIT_COMMITTER_NAME": "Bench",
                "GIT_COMMITTER_EMAIL": "bench@example.org",
            }
        )
        Path(tmp, "gitconfig").write_text("[user]\n\tname = Bench\n\temail = bench@example.org\n")
        author, editor = build(Path(tmp), branches, pages)
        figures: dict[str, Any] = {}
        for name, copy in (("author", author), ("editor", editor)):

            def peer(copy: Path = copy) -> None:
                git(copy, "for-each-ref", "refs/heads/review/", "refs/remotes/")

            def before(copy: Path = copy) -> None:
                four_walks(Repo(copy))

            figures[name] = {
                "peer": timed(peer, repeat),
                "before": timed(before, repeat),
                "after": timed(lambda copy=copy: review_branches(Repo(copy)), repeat),
                "status": timed(lambda copy=copy: sync.status(copy), repeat),
            }
        return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--branches", type=int, default=20)
    parser.add_argument("--pages", type=int, default=200)
    args = parser.parse_args()
    figures = measure(args.branches, args.pages)
    print(f"{args.branches} review branches, {args.pages} pages; best of 3, (git programs run)")
    print(
        f"{'copy':8} {'git for-each-ref':>18} {'four walks (before)':>22}"
        f" {'one walk (now)':>18} {'whole status':>18}"
    )
    for name, f in figures.items():
        cells = [f"{f[k][0]:.3f}s ({f[k][1]:>3})" for k in ("peer", "before", "after", "status")]
        print(f"{name:8} {cells[0]:>18} {cells[1]:>22} {cells[2]:>18} {cells[3]:>18}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
