"""Time the site index and schema inference on a synthetic 10,000-document site.

Builds the site in a temporary folder from the real fixture site (`bench/synth.py`: its
`_resources` copied with variations), then prints: the raw floor (read every file and parse its
front matter with yaml.CSafeLoader), the index time, its ratio to the floor, and the inference
time.

    .venv/bin/python bench/site_index.py [--documents 10000] [--keep]
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

from synth import SOURCE, build_site, raw_floor  # noqa: E402

from editor_app.core.schema import infer_schema  # noqa: E402
from editor_app.core.site import Site  # noqa: E402


def measure(root: Path, repeat: int = 3) -> dict:
    """Index and inference figures (seconds) on the site at `root`, best of `repeat` runs."""
    raw_floor(root)  # warm the file cache so both timings read from memory
    floors, opens, indexes, infers = [], [], [], []
    entries: list = []
    schema = None
    for _ in range(repeat):
        floors.append(raw_floor(root))
        start = time.perf_counter()
        site = Site.open(root)
        opens.append(time.perf_counter() - start)
        start = time.perf_counter()
        entries = site.entries()
        indexes.append(time.perf_counter() - start)
        start = time.perf_counter()
        schema = infer_schema(site)
        infers.append(time.perf_counter() - start)
    resources = schema.collections.get("resources") if schema else None
    return {
        "documents": len(entries),
        "floor_s": min(floors),
        "open_s": min(opens),
        "index_s": min(indexes),
        "infer_s": min(infers),
        "resources_fields": [f.name for f in resources.fields] if resources else [],
    }


def report(r: dict) -> None:
    """Print the figures of `measure`."""
    floor, index, infer = r["floor_s"], r["index_s"], r["infer_s"]
    print(f"documents:            {r['documents']}")
    print(f"raw read+CSafeLoader: {floor:.3f} s")
    print(f"open (collections):   {r['open_s']:.3f} s")
    print(f"index:                {index:.3f} s  ({index / floor:.2f}x the floor)")
    print(f"inference:            {infer:.3f} s")
    print(f"index + inference:    {index + infer:.3f} s")
    print(f"resources fields:     {', '.join(r['resources_fields'])}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--keep", action="store_true", help="keep the synthetic site")
    args = parser.parse_args()
    if not SOURCE.is_dir():
        print(f"fixture site not found at {SOURCE}", file=sys.stderr)
        return 2
    tmp = Path(tempfile.mkdtemp(prefix="editor-app-bench-"))
    try:
        root = tmp / "site"
        build_site(root, args.documents)
        report(measure(root))
        if args.keep:
            print(f"site kept at {root}")
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
