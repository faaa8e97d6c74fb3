"""banmian (版面): clean, typed articles from the text dump of a Chinese newspaper page.

Read a page with `load_edition` (a path, bytes or a file) or `parse_edition`
(text in memory); every record of the reading names its source lines.  The
docstrings cite the contract (the docs' Contract page) by section, as
"contract §4".

Examples:
    >>> import banmian
    >>> page = "济南发布新一批重点项目\\n\\n□本报记者 李 明\\n\\n本报讯 新一批重点项目总投资超千亿元。"
    >>> edition = banmian.parse_edition(page)
    >>> article = edition.articles[0]
    >>> article.headline, article.byline.authors[0].name, article.dateline, article.paragraphs
    ('济南发布新一批重点项目', '李明', '本报讯', ('新一批重点项目总投资超千亿元。',))
"""

from __future__ import annotations

from ._api import DEFAULT_MAX_BYTES, Source, load_edition, parse_edition
from ._corpus import CorpusResult, CorpusSources, FailedPage, ParsedPage, iter_editions
from ._frame import to_frame
from ._score import PageScore, ScoreReport, score, score_edition
from .errors import (
    BanmianError,
    DecodeError,
    InputError,
    InputTooLargeError,
    InputTypeError,
    NotTextError,
)
from .model import (
    SCHEMA_VERSION,
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
    "SCHEMA_VERSION",
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
    "FailedPage",
    "InputError",
    "InputTooLargeError",
    "InputTypeError",
    "LineAudit",
    "NotTextError",
    "PageScore",
    "ParseWarning",
    "ParsedPage",
    "Profile",
    "ScoreReport",
    "Source",
    "__version__",
    "detect_profile",
    "iter_editions",
    "load_edition",
    "parse_edition",
    "profile_named",
    "register_profile",
    "registered_profiles",
    "score",
    "score_edition",
    "to_frame",
]
