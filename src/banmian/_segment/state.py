"""The page state of segmentation: one object, threaded through every step.

`PageState` holds what segmentation has built so far (articles,
photos, artifacts, warnings, the decisions taken) and the little state the
conventions need between lines: a byline waiting for its title, a layout
break just seen, articles continued on another page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

import attrs

from .. import _warnings as warn
from .._lexicon import LAYOUT_GAP
from .._patterns import Rules
from .._records import ArticleDraft, BlockDraft, Classified, Kind, Line
from .._text import join_all
from ..model import Artifact, ArtifactKind, BlockKind, Byline, Caption, Decision, ParseWarning
from .table import Row, first_row

E = TypeVar("E")


@attrs.define
class ArticleBuilder:
    """An article while it is being built."""

    headline: str | None
    kicker: str | None = None
    subtitle: str | None = None
    title_lines: tuple[int, ...] = ()
    byline: Byline | None = None
    blocks: list[BlockDraft] = attrs.Factory(list)
    captions: list[Caption] = attrs.Factory(list)
    credit: str | None = None
    credit_line: int | None = None
    # A closing credit or a byline at the end said the article is over.
    closed: bool = False

    def freeze(self) -> ArticleDraft:
        """The article as an immutable draft."""
        return ArticleDraft(
            headline=self.headline,
            kicker=self.kicker,
            subtitle=self.subtitle,
            title_lines=self.title_lines,
            byline=self.byline,
            blocks=tuple(self.blocks),
            captions=tuple(self.captions),
            credit=self.credit,
            credit_line=self.credit_line,
        )


@attrs.define
class PageState:
    """Everything segmentation knows about the page so far."""

    items: tuple[Classified, ...]
    rules: Rules
    articles: list[ArticleBuilder] = attrs.Factory(list)
    photos: list[Caption] = attrs.Factory(list)
    artifacts: list[Artifact] = attrs.Factory(list)
    warnings: list[ParseWarning] = attrs.Factory(list)
    decisions: list[Decision] = attrs.Factory(list)
    pending_byline: Byline | None = None
    layout_break: bool = False
    # Articles continued on another page (下转), waiting for their 上接 line,
    # and the one such a line resumed until the next title.
    jumped: list[ArticleBuilder] = attrs.Factory(list)
    resumed: ArticleBuilder | None = None
    # The lines by their number, made when an orphan byline first needs them
    # (most pages have none, and a hard-wrapped page has many lines).
    by_number: dict[int, Classified] | None = attrs.field(init=False, default=None)

    @property
    def current(self) -> ArticleBuilder | None:
        """The article that body lines go to now."""
        if self.resumed is not None:
            return self.resumed
        return self.articles[-1] if self.articles else None

    def kind_at(self, index: int) -> Kind | None:
        """The kind of the line at ``index``, or ``None`` past either end."""
        return self.items[index].kind if 0 <= index < len(self.items) else None

    def item_at(self, index: int) -> Classified | None:
        """The line at ``index``, or ``None`` past either end."""
        return self.items[index] if 0 <= index < len(self.items) else None

    def run_end(self, start: int, kind: Kind) -> int:
        """The index after the run of lines of ``kind`` that starts at ``start``."""
        items = self.items
        end = start + 1
        while end < len(items) and items[end].kind is kind:
            end += 1
        return end

    def decide(self, table: str, rows: Sequence[Row[E]], evidence: E, line: int) -> str:
        """Run a decision table, record which row fired, return its outcome."""
        row = first_row(rows, evidence)
        self.decisions.append(Decision(line, table, row.name, row.outcome))
        return row.outcome

    def artifact(self, kind: ArtifactKind, line: Line) -> None:
        """Set a line aside as page furniture."""
        self.artifacts.append(Artifact(kind=kind, text=line.printed, line=line.number))
        self.layout_break = True

    def warn(self, warning: ParseWarning) -> None:
        """Record a warning."""
        self.warnings.append(warning)

    def orphan_byline(self, byline: Byline) -> None:
        """A byline that belongs to no article: its lines become artifacts."""
        if self.by_number is None:
            self.by_number = {item.line.number: item for item in self.items}
        for number in byline.lines:
            line = self.by_number[number].line
            self.artifacts.append(Artifact(kind="orphan_byline", text=line.printed, line=number))
        self.warn(warn.orphan_byline(byline.text, byline.lines[0]))

    def block(self, kind: BlockKind, item: Classified) -> None:
        """Add a body block to the current article (an untitled one if none),
        with the lines that continue its line on a hard-wrapped page."""
        article = self.current
        if article is None:
            article = ArticleBuilder(headline=None)
            self.articles.append(article)
            self.warn(warn.untitled_text(item.number))
        line = item.line
        after_break = self.layout_break or line.gap_before >= LAYOUT_GAP
        if item.wrapped:
            article.blocks.append(_wrapped_block(kind, item, after_break))
        else:
            article.blocks.append(
                BlockDraft(kind, line.text, (line.number,), after_break, item.found.opening)
            )
        self.layout_break = False


def _wrapped_block(kind: BlockKind, item: Classified, after_break: bool) -> BlockDraft:
    """The block of a hard-wrapped paragraph: its first line with the lines
    that continue it joined on, at once (linear in the paragraph's length)."""
    pieces = [line.text for line in item.wrapped]
    opening = item.found.opening
    if opening is not None:  # the opening's rest grows with the paragraph
        rest = join_all(opening.rest, pieces) if opening.rest else join_all(pieces[0], pieces[1:])
        opening = opening._replace(rest=rest)
    numbers = (item.line.number, *[line.number for line in item.wrapped])
    return BlockDraft(kind, join_all(item.line.text, pieces), numbers, after_break, opening)
