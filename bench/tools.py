"""Time the document model and the site tools on a synthetic 10,000-document site.

Prints: loading every document (and checking it round-trips), setting a field on every
document, a search answered from the fields, a search that must read bodies (first time and
cached), and a dry-run rename across the site.

    .venv/bin/python bench/tools.py [--documents 10000]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

sys.path.insert(0, str(REPO / "bench"))

from synth import SOURCE, build_site  # noqa: E402

from editor_app.core.document import Document  # noqa: E402
from editor_app.core.rename_value import rename_value  # noqa: E402
from editor_app.core.site import Site  # noqa: E402
from editor_app.core.site_search import search  # noqa: E402


def timed(label: str, func):  # noqa: ANN001, ANN201 - a tiny helper
    start = time.perf_counter()
    result = func()
    print(f"{label:<38} {time.perf_counter() - start:7.3f} s")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    args = parser.parse_args()
    if not SOURCE.is_dir():
        print(f"fixture site not found at {SOURCE}", file=sys.stderr)
        return 2
    tmp = Path(tempfile.mkdtemp(prefix="editor-app-bench-"))
    try:
        root = tmp / "site"
        build_site(root, args.documents)
        paths = sorted(root.rglob("*.md"))
        print(f"documents: {len(paths)}")

        def load_all() -> list[Document]:
            docs = [Document.load(p) for p in paths]
            assert all(d.to_bytes() == d.original for d in docs)
            return docs

        docs = timed("load + round-trip check, every file", load_all)

        def set_all() -> None:
            for doc in docs:
                if doc.error is None:
                    doc.set("reviewed", True)

        timed("set a new field on every document", set_all)
        site = Site.open(root)
        timed("site index", site.entries)
        hits = timed("search in fields, first time", lambda: search(site, "jeni tennison"))
        print(f"  {len(hits)} hits")
        timed("search in fields, again", lambda: search(site, "jeni tennison"))
        timed("search in fields, first 50 hits", lambda: search(site, "jeni tennison", 50))
        hits = timed("search in bodies, first time", lambda: search(site, "picket lines"))
        print(f"  {len(hits)} hits")
        timed("search in bodies, cached", lambda: search(site, "picket lines"))
        timed("search, one letter typed, 50 hits", lambda: search(site, "p", 50))
        report = timed(
            "rename dry run (topics Health)",
            lambda: rename_value(site, "topics", "Health", "Wellbeing", dry_run=True),
        )
        print(f"  {len(report.changed)} files would change")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
