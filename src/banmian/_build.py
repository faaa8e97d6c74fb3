"""Drafts -> the public model, and the check that nothing was lost.

The provenance invariant (contract §6) is checked here on every parse:
a non-blank source line that no record claims is not dropped silently but
kept as an ``unplaced`` artifact, with a warning.
"""

from __future__ import annotations

from . import _warnings as warn
from ._records import ArticleDraft, Line, PageDraft
from .model import Article, Artifact, Block, Duplicate, Edition, ParseWarning


def _article(draft: ArticleDraft) -> Article:
    return Article(
        headline=draft.headline,
        kicker=draft.kicker,
        subtitle=draft.subtitle,
        byline=draft.byline,
        dateline=draft.dateline,
        blocks=tuple(Block(b.kind, b.text, b.lines) for b in draft.blocks),
        captions=draft.captions,
        title_lines=draft.title_lines,
        credit=draft.credit,
        credit_line=draft.credit_line,
    )


def build_edition(
    page: PageDraft,
    duplicates: tuple[Duplicate, ...],
    lines: tuple[Line, ...],
    *,
    source: str | None,
    encoding: str | None,
    warnings: tuple[ParseWarning, ...] = (),
) -> Edition:
    """Assemble the `Edition` and account for every non-blank line."""
    edition = Edition(
        source=source,
        encoding=encoding,
        articles=tuple(_article(a) for a in page.articles),
        photos=page.photos,
        artifacts=page.artifacts,
        duplicates=duplicates,
        warnings=warnings + page.warnings,
        content_lines=tuple([line.number for line in lines]),
        content_text=tuple([line.text for line in lines]),
        decisions=page.decisions,
    )
    missing = edition.unaccounted_lines()
    if not missing:
        return edition
    by_number = {line.number: line for line in lines}
    unplaced = tuple(Artifact("unplaced", by_number[n].text or by_number[n].raw.strip(), n) for n in missing)
    notes = tuple(warn.unplaced(n) for n in missing)
    return Edition(
        source=source,
        encoding=encoding,
        articles=edition.articles,
        photos=edition.photos,
        artifacts=tuple(sorted(edition.artifacts + unplaced, key=lambda a: a.line)),
        duplicates=duplicates,
        warnings=edition.warnings + notes,
        content_lines=edition.content_lines,
        content_text=edition.content_text,
        decisions=page.decisions,
    )
