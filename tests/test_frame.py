"""``banmian.to_frame`` / ``Edition.to_frame``: readings as pandas DataFrames (the ``pandas`` extra)."""

from __future__ import annotations

import builtins
from typing import Any

import pytest

import banmian

from .conftest import SEEDS

EDITIONS = [banmian.load_edition(p) for p in sorted(SEEDS.glob("*.txt"))]


def test_one_row_per_article() -> None:
    pytest.importorskip("pandas")
    frame = banmian.to_frame(EDITIONS)
    assert len(frame) == sum(len(e.articles) for e in EDITIONS)
    first = frame.iloc[0]
    article = EDITIONS[0].articles[0]
    assert (first["source"], first["headline"], first["text"]) == (
        EDITIONS[0].source,
        article.headline,
        article.text,
    )
    assert article.byline is not None
    assert first["authors"] == [a.name for a in article.byline.authors]


def test_one_row_per_block() -> None:
    pytest.importorskip("pandas")
    frame = EDITIONS[0].to_frame(rows="blocks")
    blocks = [b for a in EDITIONS[0].articles for b in a.blocks]
    assert list(frame["text"]) == [b.text for b in blocks]
    assert list(frame["joined"]) == [len(b.lines) > 1 for b in blocks]


def test_no_pages_give_an_empty_frame_with_the_columns() -> None:
    pytest.importorskip("pandas")
    assert list(banmian.to_frame([]).columns)[:4] == ["source", "article", "kicker", "headline"]


def test_an_unknown_row_kind_is_refused() -> None:
    with pytest.raises(banmian.InputError, match="rows must be one of articles, blocks"):
        banmian.to_frame(EDITIONS, rows="lines")


def test_without_pandas_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_pandas(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(ImportError, match=r'pip install "banmian\[pandas\]"'):
        EDITIONS[0].to_frame()
