"""Show what banmian set aside on a page and prove nothing was lost.

Prints the artifacts (page furniture), the duplicates (removed repetition)
with the line of the text that was kept, the warnings, and the line audit:
every non-blank source line accounted for exactly once.

    python examples/audit_removed.py                   # a bundled seed page
    python examples/audit_removed.py path/to/page.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

import banmian

DEFAULT_PAGE = Path(__file__).resolve().parents[1] / "seeds" / "001_82a97204ed732270.txt"
PREVIEW_CHARS = 30


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else DEFAULT_PAGE
    edition = banmian.load_edition(path)
    print(f"{edition.source}: {len(edition.content_lines)} non-blank lines")

    print(f"\nartifacts ({len(edition.artifacts)}):")
    for artifact in edition.artifacts:
        print(f"  line {artifact.line:>4}  {artifact.kind:<14} {artifact.text[:PREVIEW_CHARS]}")

    print(f"\nduplicates ({len(edition.duplicates)}):")
    for duplicate in edition.duplicates:
        kept_inside = duplicate.line == duplicate.of_line  # a clause dropped from its own paragraph
        where = "inside its paragraph" if kept_inside else f"of line {duplicate.of_line}"
        print(f"  line {duplicate.line:>4}  {where:<20} {duplicate.text[:PREVIEW_CHARS]}")

    print(f"\nwarnings ({len(edition.warnings)}):")
    for warning in edition.warnings:
        line = "-" if warning.line is None else str(warning.line)
        print(f"  line {line:>4}  {warning.kind}: {warning.message}")

    audit = edition.audit()
    print(f"\nline audit: {'ok' if audit.ok else 'FAILED'}", end="")
    print(f" (missing {list(audit.missing)}, repeated {list(audit.repeated)})")
    return 0 if audit.ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
