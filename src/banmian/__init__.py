"""banmian (版面): clean, typed articles from the text dump of a Chinese newspaper page.

>>> import banmian
>>> page = "济南发布新一批重点项目\\n\\n□本报记者 李 明\\n\\n本报讯 新一批重点项目总投资超千亿元。"
>>> edition = banmian.parse_edition(page)
>>> article = edition.articles[0]
>>> article.headline, article.byline.authors[0].name, article.dateline, article.paragraphs
('济南发布新一批重点项目', '李明', '本报讯', ('新一批重点项目总投资超千亿元。',))
"""

from __future__ import annotations

from ._api import DEFAULT_MAX_BYTES, Source, load_edition, parse_edition
from ._corpus import CorpusResult, CorpusSources, iter_editions
from .errors import (
    BanmianError,
    DecodeError,
    InputError,
    InputTooLargeError,
    InputTypeError,
    NotTextError,
)
from .model import (
    Article,
    Artifact,
    Author,
    Block,
    Byline,
    Caption,
    Decision,
    Duplicate,
    Edition,
    LineAudit,
    ParseWarning,
)
from .profile import (
    MAINLAND,
    TRADITIONAL,
    Profile,
    detect_profile,
    profile_named,
    register_profile,
    registered_profiles,
)

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
    "Decision",
    "DecodeError",
    "Duplicate",
    "Edition",
    "InputError",
    "InputTooLargeError",
    "InputTypeError",
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
    "profile_named",
    "register_profile",
    "registered_profiles",
]
