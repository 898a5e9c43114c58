"""Time the three-way merge of Get latest and Combine both on large pages.

    .venv/bin/python bench/merge.py [--edits 2,300] [--with-difflib] [--lines-before]

For each page (jekyll-docs' `_docs/history.md`, hugo-docs' emoji list when the shared sites
are there, and a made-up 12,000-line page), two copies are edited on different lines spread
over the page (EDITS lines each side: words added at a line's end) and merged back with the
page: `sync_merge.merge_pages` (what both commands run first) beside its peer measured in the
same run, `git merge-file` on the same three files; and Combine both's whole merge
(`disk_merge.merge_page_bytes`: paragraphs, then lines and words where both changed one). `--with-difflib` also times the paragraph
matching as it was before (difflib without its popular-item shortcut: minutes on the made-up
page with 300 edits a side). `--lines-before` also times Combine both with its lines and words
matched by difflib itself, as before `three_way.kept_items_quick` found the same pairs from
runs (1-2 s on the made-up page with 300 edits a side).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from difflib import SequenceMatcher
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from editor_app.core.disk_merge import merge_page_bytes  # noqa: E402
from editor_app.core.sync_merge import merge_pages, paragraphs_of  # noqa: E402

SHARED = REPO.parent / "shared" / "sites"
REAL_PAGES = ("jekyll-docs/_docs/history.md", "hugo-docs/content/en/quick-reference/emojis.md")
WORDS = "the a of site page editor merge paragraph line word text build theme layout".split()


def made_up_page(lines: int = 12_000, seed: int = 1) -> bytes:
    """A page of paragraphs of one to six lines, every line different."""
    pick = random.Random(seed)
    out = ["---", "title: A long page", "---"]
    while len(out) < lines:
        for _ in range(pick.randint(1, 6)):
            words = " ".join(pick.choice(WORDS) for _ in range(pick.randint(3, 12)))
            out.append(f"{words} {len(out)}.")
        out.append("")
    return ("\n".join(out[:lines]) + "\n").encode()


def edited(page: bytes, lines: list[int], mark: str) -> bytes:
    text = page.decode().split("\n")
    for n in lines:
        text[n] += f" ({mark})"
    return "\n".join(text).encode()


def two_edits(page: bytes, edits: int, seed: int = 2) -> tuple[bytes, bytes]:
    """Two copies edited on different body lines, spread over the page."""
    text = page.decode().split("\n")
    body_start = text.index("---", 1) + 1 if text[0] == "---" else 0
    candidates = [n for n in range(body_start, len(text)) if text[n].strip()]
    chosen = random.Random(seed).sample(candidates, min(2 * edits, len(candidates)))
    return edited(page, chosen[::2], "mine"), edited(page, chosen[1::2], "theirs")


def timed(run) -> tuple[float, object]:  # noqa: ANN001
    start = time.perf_counter()
    result = run()
    return time.perf_counter() - start, result


def git_merge_file(base: bytes, mine: bytes, theirs: bytes) -> tuple[float, bytes]:
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(folder, name) for name in ("mine", "base", "theirs")]
        for path, data in zip(paths, (mine, base, theirs), strict=True):
            path.write_bytes(data)
        start = time.perf_counter()
        done = subprocess.run(
            ["git", "merge-file", "-p", *map(str, paths)], capture_output=True, check=False
        )
        return time.perf_counter() - start, done.stdout


def difflib_matching(base: bytes, mine: bytes, theirs: bytes) -> float:
    b, m, t = (paragraphs_of(x.decode()) for x in (base, mine, theirs))
    start = time.perf_counter()
    for other in (m, t):
        SequenceMatcher(None, b, other, autojunk=False).get_matching_blocks()
    return time.perf_counter() - start


def combine_with_difflib_lines(base: bytes, mine: bytes, theirs: bytes, name: str) -> float:
    """Combine both's time with its lines and words matched by difflib, as before."""
    from editor_app.core import word_merge

    def with_difflib(a: list, b: list) -> dict[int, int]:
        found: dict[int, int] = {}
        for i, j, n in SequenceMatcher(None, a, b).get_matching_blocks():
            found.update((i + d, j + d) for d in range(n))
        return found

    quick, word_merge.kept_items_quick = word_merge.kept_items_quick, with_difflib
    try:
        return timed(lambda: merge_page_bytes(base, mine, theirs, name))[0]
    finally:
        word_merge.kept_items_quick = quick


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", default="2,300", help="lines edited on each side, comma list")
    parser.add_argument("--with-difflib", action="store_true")
    parser.add_argument("--lines-before", action="store_true")
    args = parser.parse_args()
    pages = [
        (name, (SHARED / name).read_bytes()) for name in REAL_PAGES if (SHARED / name).exists()
    ]
    pages.append(("made-up page, 12,000 lines", made_up_page()))
    print(
        f"{'page':52} {'lines':>6} {'edits':>5} {'merge_pages':>11} {'Combine both':>12}"
        f" {'git merge-file':>14}",
        end="",
    )
    print(f" {'difflib before':>14}" if args.with_difflib else "", end="")
    print(f" {'lines by difflib':>16}" if args.lines_before else "")
    for name, page in pages:
        for edits in (int(x) for x in args.edits.split(",")):
            mine, theirs = two_edits(page, edits)
            ours, result = timed(lambda: merge_pages(page, mine, theirs, name))  # noqa: B023
            combine, combined = timed(lambda: merge_page_bytes(page, mine, theirs, name))  # noqa: B023
            peer, git_result = git_merge_file(page, mine, theirs)
            marks = git_result.count(b"\n<<<<<<< ") + git_result.startswith(b"<<<<<<< ")
            same = (
                "same bytes as git"
                if combined.data == git_result
                else f"git: {marks} conflicts marked in the file"
            )
            lines = page.count(b"\n")
            print(f"{name:52} {lines:>6} {edits:>5} {ours:>10.3f}s {combine:>11.3f}s", end="")
            print(f" {peer:>13.3f}s", end="")
            if args.with_difflib:
                print(f" {difflib_matching(page, mine, theirs):>13.3f}s", end="")
            if args.lines_before:
                lines_before = combine_with_difflib_lines(page, mine, theirs, name)
                print(f" {lines_before:>15.3f}s", end="")
            clashes = len(combined.conflicts)
            print(f"  ({len(result.conflicts)} paragraph clashes, {clashes} after lines; {same})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
