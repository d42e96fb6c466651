"""The mutation score from mutmut's stats (`make mutate`): killed / all mutants, by file.

Fails (exit 1) under 90% killed, or if any mutant could not be run (suspicious, timed
out or skipped ones count as not killed, so a broken run cannot pass).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

GOAL = 0.90


def by_file() -> dict[str, Counter[str]]:
    """Each mutated file's mutants by status, read from `mutmut results --all true`."""
    out = subprocess.run(
        [str(Path(sys.executable).with_name("mutmut")), "results", "--all", "true"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    files: dict[str, Counter[str]] = {}
    for line in out.splitlines():
        name, _, status = line.strip().rpartition(": ")
        if not name:
            continue
        module = name.split(".x")[0]  # also ".xǁClass" for methods
        files.setdefault(module, Counter())[status] += 1
    return files


def main(path: str) -> int:
    stats = json.loads(Path(path).read_text())
    total, killed = stats["total"], stats["killed"]
    score = killed / total if total else 0.0
    print(f"{'file':28} {'killed':>6} {'survived':>8} {'other':>6} {'all':>6}  score")
    for module, counts in sorted(by_file().items()):
        done, lived = counts["killed"], counts["survived"]
        all_ = sum(counts.values())
        other = all_ - done - lived  # not checked, timed out, suspicious, no tests
        print(f"{module:28} {done:6} {lived:8} {other:6} {all_:6}  {done / all_:6.1%}")
    print(f"{'all':28} {killed:6} {'':8} {'':6} {total:6}  {score:6.1%}  (goal {GOAL:.0%})")
    print({k: v for k, v in stats.items() if k not in ("total", "killed")})
    return 0 if score >= GOAL else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
