"""The JSON shape -> the public records: the inverse of the ``to_dict`` methods.

``Edition.from_dict`` and ``Edition.from_json`` call `edition_from_dict`.
Keys the model does not emit are ignored (the contract allows extra keys, such
as a labeller's ``"unscored"``), and keys the contract does not require may be
missing, so a hand-made expected reading loads too.  A reloaded edition equals
the one that was written: ``Edition.from_dict(e.to_dict()) == e``.

``content_lines`` (the non-blank source lines) is not in the JSON: it is the
set of lines the records claim, which is the same set for every edition
banmian builds (contract §6, checked on every parse).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import attrs

from .errors import InputError
from .model import (
    ARTIFACT_KINDS,
    BLOCK_KINDS,
    SCHEMA_VERSION,
    WARNING_KINDS,
    Article,
    Artifact,
    Author,
    Block,
    Byline,
    Caption,
    Duplicate,
    Edition,
    ParseWarning,
)

__all__ = ["edition_from_dict"]


_Kind = TypeVar("_Kind", bound=str)


def _kind(value: Any, known: tuple[_Kind, ...]) -> _Kind:
    """``value`` if it is one of the ``known`` kinds of the model."""
    for kind in known:
        if value == kind:
            return kind
    msg = f"unknown kind {value!r} (known: {', '.join(known)})"
    raise ValueError(msg)


def _ints(value: Any) -> tuple[int, ...]:
    return tuple(int(n) for n in value or ())


def _author(data: Mapping[str, Any]) -> Author:
    return Author(name=data["name"], role=data.get("role"))


def _byline(data: Mapping[str, Any] | None) -> Byline | None:
    if data is None:
        return None
    authors = tuple(_author(a) for a in data.get("authors") or ())
    return Byline(text=data["text"], org=data.get("org"), authors=authors, lines=_ints(data.get("lines")))


def _caption(data: Mapping[str, Any]) -> Caption:
    line = int(data["line"])
    return Caption(text=data["text"], credit=data.get("credit"), line=line, lines=_ints(data.get("lines")))


def _block(data: Mapping[str, Any]) -> Block:
    return Block(kind=_kind(data["kind"], BLOCK_KINDS), text=data["text"], lines=_ints(data.get("lines")))


def _article(data: Mapping[str, Any]) -> Article:
    credit_line = data.get("credit_line")
    return Article(
        headline=data.get("headline"),
        kicker=data.get("kicker"),
        subtitle=data.get("subtitle"),
        byline=_byline(data.get("byline")),
        dateline=data.get("dateline"),
        blocks=tuple(_block(b) for b in data.get("blocks") or ()),
        captions=tuple(_caption(c) for c in data.get("captions") or ()),
        title_lines=_ints(data.get("title_lines")),
        credit=data.get("credit"),
        credit_line=None if credit_line is None else int(credit_line),
    )


def _duplicate(data: Mapping[str, Any]) -> Duplicate:
    line, of_line = int(data["line"]), int(data["of_line"])
    # A clause dropped inside its own line (line == of_line) has no lines of
    # its own: its block accounts for the line; to_dict writes [line] for it.
    lines = () if line == of_line else _ints(data.get("lines"))
    return Duplicate(text=data["text"], line=line, of_line=of_line, lines=lines)


def _warning(data: Mapping[str, Any]) -> ParseWarning:
    line = data.get("line")
    kind = _kind(data["kind"], WARNING_KINDS)
    return ParseWarning(kind=kind, message=data["message"], line=None if line is None else int(line))


def _check_version(data: Mapping[str, Any]) -> None:
    version = data.get("schema_version", SCHEMA_VERSION)
    if version != SCHEMA_VERSION:
        msg = f"schema_version {version!r} is not {SCHEMA_VERSION}, the version this banmian reads"
        raise InputError(msg)


def edition_from_dict(data: Mapping[str, Any]) -> Edition:
    """Rebuild an `Edition` from its JSON shape.

    Raises:
        InputError: ``data`` is not an edition's JSON shape (a required key
            is missing or has the wrong type) or has another ``schema_version``.
    """
    if not isinstance(data, Mapping):
        msg = f"an edition's JSON shape is an object, not {type(data).__name__}"
        raise InputError(msg)
    _check_version(data)
    try:
        edition = Edition(
            source=data.get("source"),
            encoding=data.get("encoding"),
            articles=tuple(_article(a) for a in data.get("articles") or ()),
            photos=tuple(_caption(p) for p in data.get("photos") or ()),
            artifacts=tuple(
                Artifact(kind=_kind(a["kind"], ARTIFACT_KINDS), text=a["text"], line=int(a["line"]))
                for a in data.get("artifacts") or ()
            ),
            duplicates=tuple(_duplicate(d) for d in data.get("duplicates") or ()),
            warnings=tuple(_warning(w) for w in data.get("warnings") or ()),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        msg = f"not an edition's JSON shape: {type(exc).__name__} {exc}"
        raise InputError(msg) from exc
    return _with_content_lines(edition)


def _with_content_lines(edition: Edition) -> Edition:
    """The edition with ``content_lines`` set to the lines its records claim."""
    claimed: set[int] = set()
    for article in edition.articles:
        claimed.update(article.title_lines)
        claimed.update(article.byline.lines if article.byline else ())
        claimed.update(n for block in article.blocks for n in block.lines)
        claimed.update(n for caption in article.captions for n in caption.lines or (caption.line,))
        claimed.update(() if article.credit_line is None else (article.credit_line,))
    claimed.update(n for photo in edition.photos for n in photo.lines or (photo.line,))
    claimed.update(artifact.line for artifact in edition.artifacts)
    claimed.update(n for dup in edition.duplicates for n in dup.lines or (dup.line,))
    return attrs.evolve(edition, content_lines=tuple(sorted(claimed)))
