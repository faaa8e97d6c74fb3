"""Print the articles of a newspaper page: headline, byline, dateline and the start of each paragraph.

    python examples/quickstart.py                      # the first bundled seed page
    python examples/quickstart.py path/to/page.txt

Any page banmian can read works: UTF-8, GB18030, Big5 or UTF-16 text.
"""

from __future__ import annotations

import sys
from pathlib import Path

import banmian

DEFAULT_PAGE = Path(__file__).resolve().parents[1] / "seeds" / "000_b8a3ab7b253d933e.txt"
PREVIEW_CHARS = 40  # enough of a paragraph to recognise it on one terminal line


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else DEFAULT_PAGE
    edition = banmian.load_edition(path)
    print(f"{edition.source} ({edition.encoding}): {len(edition.articles)} articles")
    for number, article in enumerate(edition.articles, start=1):
        print(f"\n{number}. {article.headline or '(untitled)'}")
        if article.kicker:
            print(f"   kicker:   {article.kicker}")
        if article.subtitle:
            print(f"   subtitle: {article.subtitle}")
        if article.byline:
            authors = ", ".join(f"{a.name} ({a.role or 'no role'})" for a in article.byline.authors)
            print(f"   byline:   {authors}")
        if article.dateline:
            print(f"   dateline: {article.dateline}")
        for paragraph in article.paragraphs:
            print(f"   - {paragraph[:PREVIEW_CHARS]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
