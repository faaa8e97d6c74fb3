"""banmian (版面): clean, typed articles from the text dump of a Chinese newspaper page.

>>> import banmian
>>> page = "青岛发布服务业重点项目\\n\\n□本报记者 杨 光\\n\\n本报讯 现代服务业是产业跃迁的重要支撑。"
>>> edition = banmian.parse_edition(page)
>>> article = edition.articles[0]
>>> article.headline, article.byline.authors[0].name, article.dateline, article.paragraphs
('青岛发布服务业重点项目', '杨光', '本报讯', ('现代服务业是产业跃迁的重要支撑。',))
"""

from __future__ import annotations

from ._api import DEFAULT_MAX_BYTES, Source, load_edition, parse_edition
from ._corpus import CorpusResult, CorpusSources, iter_editions
from .errors import BanmianError, DecodeError, InputError, InputTooLargeError, NotTextError
from .model import (
    Article,
    Artifact,
    Author,
    Block,
    Byline,
    Caption,
    Duplicate,
    Edition,
    LineAudit,
    ParseWarning,
)
from .profile import MAINLAND, TRADITIONAL, Profile, detect_profile

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_MAX_BYTES",
    "MAINLAND",
    "TRADITIONAL",
    "Article",
    "Artifact",
    "Author",
    "BanmianError",
    "Block",
    "Byline",
    "Caption",
    "CorpusResult",
    "CorpusSources",
    "DecodeError",
    "Duplicate",
    "Edition",
    "InputError",
    "InputTooLargeError",
    "LineAudit",
    "NotTextError",
    "ParseWarning",
    "Profile",
    "Source",
    "__version__",
    "detect_profile",
    "iter_editions",
    "load_edition",
    "parse_edition",
]
