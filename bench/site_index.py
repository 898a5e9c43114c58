"""Time the site index and schema inference on a synthetic 10,000-document site.

Builds the site in a temporary folder from the real fixture site (`bench/synth.py`: its
`_resources` copied with variations), then prints: the raw floor (read every file and parse its
front matter with yaml.CSafeLoader), the index time, its ratio to the floor, and the inference
time.

With `--compare`, the same site is also measured with the index's fast header reader turned
off (every header through yaml.CSafeLoader, as before it existed), runs alternating, and
whole-site validation (bench/validate.py) is measured both ways too.

    .venv/bin/python bench/site_index.py [--documents 10000] [--keep] [--compare]
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from synth import SOURCE, build_site, raw_floor  # noqa: E402

from editor_app.core import site as site_module  # noqa: E402
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


@contextlib.contextmanager
def fast_reader(enabled: bool):
    """Run with the index's fast header reader on or off (off: CSafeLoader for every header)."""
    real = site_module.parse_simple_header
    if not enabled:
        site_module.parse_simple_header = lambda text: None
    try:
        yield
    finally:
        site_module.parse_simple_header = real


def compare(root: Path, rounds: int = 3) -> None:
    """Index, inference and validation with the fast reader off and on, rounds alternating."""
    import validate  # bench/validate.py

    index = {False: [], True: []}
    checks = {False: [], True: []}
    for _ in range(rounds):
        for enabled in (False, True):
            with fast_reader(enabled):
                index[enabled].append(measure(root, repeat=1))
                checks[enabled].append(validate.measure(root, repeat=1))

    def best(runs: list[dict], key: str) -> float:
        return min(r[key] for r in runs)

    floor = min(best(index[e], "floor_s") for e in (False, True))
    print(f"documents:            {index[True][0]['documents']} (best of {rounds}, alternating)")
    print(f"raw read+CSafeLoader: {floor:.3f} s")
    print("                      CSafeLoader only   fast reader")
    for label, runs, key in (
        ("index", index, "index_s"),
        ("inference", index, "infer_s"),
    ):
        print(f"{label + ':':22s}{best(runs[False], key):8.3f} s {best(runs[True], key):13.3f} s")
    both = {e: min(r["index_s"] + r["infer_s"] for r in index[e]) for e in (False, True)}
    print(f"index + inference:    {both[False]:8.3f} s {both[True]:13.3f} s")
    valid = {e: best(checks[e], "validate_s") for e in (False, True)}
    vfloor = min(best(checks[e], "floor_s") for e in (False, True))
    print(f"validate_site (cold): {valid[False]:8.3f} s {valid[True]:13.3f} s")
    print(
        f"validation ratio:     {valid[False] / vfloor:8.2f}   {valid[True] / vfloor:13.2f}"
        f"     (floor {vfloor:.3f} s, target about 2 or less)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--keep", action="store_true", help="keep the synthetic site")
    parser.add_argument(
        "--compare", action="store_true", help="also measure without the fast header reader"
    )
    args = parser.parse_args()
    if not SOURCE.is_dir():
        print(f"fixture site not found at {SOURCE}", file=sys.stderr)
        return 2
    tmp = Path(tempfile.mkdtemp(prefix="editor-app-bench-"))
    try:
        root = tmp / "site"
        build_site(root, args.documents)
        if args.compare:
            compare(root)
        else:
            report(measure(root))
        if args.keep:
            print(f"site kept at {root}")
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
