"""House-style profiles: the rules that differ between papers.

Mainland papers (GB/T 15834) and Hong Kong/Taiwan papers differ in quotes
(“” against 「」), in the words that open a paragraph, in their agencies and
in the role words of bylines.  A `Profile` holds those differences as
one frozen value; `MAINLAND` is the default, `TRADITIONAL` the
profile for papers set in traditional characters, and `detect_profile`
picks one from the text.  Define your own with `attrs.evolve` or the
constructor — no library code needs editing::

    import attrs, banmian
    evening = attrs.evolve(banmian.MAINLAND, name="evening-paper",
                           extra_roles=(("首席记者", "记者"),),
                           extra_dateline_sources=("晚报",))
    banmian.load_edition("page.txt", profile=evening)
"""

from __future__ import annotations

import threading
from typing import Final, Literal

import attrs

from . import _lexicon as lex

__all__ = [
    "MAINLAND",
    "TRADITIONAL",
    "Profile",
    "detect_profile",
    "profile_named",
    "register_profile",
    "registered_profiles",
]

Script = Literal["simplified", "traditional"]
"""The script a paper is printed in."""


@attrs.frozen
class Profile:
    """A paper's house style, as far as parsing depends on it.

    Every list that differs between papers is a field, so a user can read a
    paper banmian does not know without editing the library.

    Attributes:
        name: A label for the profile; `profile_named` finds it by it.
        quotes: What straight double quotes around Chinese become.
        inner_quotes: What straight single quotes around Chinese become.
        byline_markers: Characters printed before a byline (``□``).
        caption_markers: Characters printed before a caption (``■``).
        extra_roles: More byline role words, each with the role it is
            normalized to, e.g. ``(("首席记者", "记者"),)``.
        extra_dateline_sources: More agencies or papers that open a dateline
            (added to ``dateline_sources``).
        paragraph_openers: Words that open a new paragraph (never the
            continuation of a paragraph cut by a column break).
        script: ``"simplified"`` or ``"traditional"``: which pages
            `detect_profile` may give this profile to.
        mastheads: Names of the papers the profile is for (``"明報"``); when
            registered, `detect_profile` picks the profile for a page
            that prints one of them.
        dateline_sources: The paper and the agencies that open a dateline
            (``本报``, ``新华社``); any name ending in 报/社/台/网 is accepted too.
        credit_sources: Sources named in a closing credit line (``据新华社``).
        photo_agencies: Agencies credited as ``新华社发`` under a photo.
        masthead_suffixes: How a paper's name ends (``日报``, ``晚报``), for
            the masthead printed over the first title of a page.
        section_names: Section names of a page header (``要闻``, ``体育``).
        column_names: Titles of columns of short items (``简讯``, ``快讯``).
        folio_labels: Labels of a folio line (``责任编辑``).
        caption_leads: Words that introduce a caption (``图为``).
        photo_sources: Picture desks credited under a photo (``人民视觉``).
        institutional_bylines: Bylines of the paper itself, naming no
            person (``本报评论员``).
    """

    name: str
    quotes: tuple[str, str] = ("“", "”")
    inner_quotes: tuple[str, str] = ("‘", "’")
    byline_markers: frozenset[str] = lex.BYLINE_MARKERS
    caption_markers: frozenset[str] = lex.CAPTION_MARKERS
    extra_roles: tuple[tuple[str, str], ...] = ()
    extra_dateline_sources: tuple[str, ...] = ()
    paragraph_openers: tuple[str, ...] = lex.PARAGRAPH_OPENERS
    script: Script = "simplified"
    mastheads: tuple[str, ...] = ()
    dateline_sources: tuple[str, ...] = lex.DATELINE_SOURCES
    credit_sources: tuple[str, ...] = lex.CREDIT_SOURCES
    photo_agencies: tuple[str, ...] = lex.PHOTO_AGENCIES
    masthead_suffixes: tuple[str, ...] = lex.MASTHEAD_SUFFIXES
    section_names: tuple[str, ...] = lex.SECTION_NAMES
    column_names: tuple[str, ...] = lex.COLUMN_NAMES
    folio_labels: tuple[str, ...] = lex.FOLIO_LABELS
    caption_leads: tuple[str, ...] = lex.CAPTION_LEADS
    photo_sources: tuple[str, ...] = lex.PHOTO_SOURCES
    institutional_bylines: frozenset[str] = lex.INSTITUTIONAL_BYLINES


MAINLAND: Final = Profile(name="mainland")
"""The default: mainland house style (GB/T 15834-2011), curly quotes “”."""

TRADITIONAL: Final = Profile(
    name="traditional",
    quotes=("「", "」"),
    inner_quotes=("『", "』"),
    extra_roles=(("採訪記者", "记者"),),
    extra_dateline_sources=("中央社", "香港文匯報", "大公報", "明報", "聯合報", "中國時報", "自由時報"),
    paragraph_openers=lex.PARAGRAPH_OPENERS + lex.TRADITIONAL_OPENERS,
    script="traditional",
)
"""Hong Kong and Taiwan papers: traditional characters, corner quotes 「」."""

_SIMPLIFIED: Final = tuple(pair[0] for pair in lex.SCRIPT_TELLTALES.split())
_TRADITIONAL: Final = tuple(pair[1] for pair in lex.SCRIPT_TELLTALES.split())
# Only the start of a page is looked at: a few thousand characters decide.
_DETECT_CHARS: Final = 4_000
# A window this long with this many telltales of one script and none of the
# other settles it (a page mixes scripts only in names and quotations).
_DETECT_STEP: Final = 1_000
_CLEAR_COUNT: Final = 20

# Profiles users registered, by name, in the order registered.  The one piece
# of process-wide state in banmian: registering is an explicit act of the
# application (like ``codecs.register``), guarded by a lock, and a profile is
# a frozen value, so what a registered profile reads never changes.
_REGISTERED: dict[str, Profile] = {}
_LOCK: Final = threading.Lock()


def register_profile(profile: Profile) -> Profile:
    """Make a profile known by its name to `profile_named` and, when it
    names its papers in ``mastheads``, to `detect_profile`.

    Registering again under the same name replaces the earlier profile.

    >>> import attrs
    >>> evening = register_profile(attrs.evolve(MAINLAND, name="evening", mastheads=("晚报样张",)))
    >>> profile_named("evening") is evening
    True
    >>> detect_profile("晚报样张 第3版 本报讯 这项措施").name
    'evening'
    """
    if not isinstance(profile, Profile):
        msg = f"register_profile() expects a banmian.Profile, not {type(profile).__name__}"
        raise TypeError(msg)
    with _LOCK:
        _REGISTERED[profile.name] = profile
    return profile


def registered_profiles() -> tuple[Profile, ...]:
    """The built-in profiles followed by the registered ones."""
    with _LOCK:
        extra = tuple(p for name, p in _REGISTERED.items() if name not in (MAINLAND.name, TRADITIONAL.name))
    return (MAINLAND, TRADITIONAL, *extra)


def profile_named(name: str) -> Profile:
    """The built-in or registered profile of that name.

    >>> profile_named("traditional") is TRADITIONAL
    True

    Raises:
        KeyError: No profile has that name; the message lists the known names.
    """
    for profile in reversed(registered_profiles()):
        if profile.name == name:
            return profile
    known = ", ".join(repr(p.name) for p in registered_profiles())
    msg = f"no profile named {name!r} (known: {known})"
    raise KeyError(msg)


def _script(text: str) -> Script:
    """Traditional when the start of the page has more characters written only
    in traditional script than only in simplified; looked at a window at a
    time, stopping early once the page is clearly in one script."""
    traditional = simplified = 0
    for start in range(0, _DETECT_CHARS, _DETECT_STEP):
        window = text[start : start + _DETECT_STEP]
        traditional += sum(map(window.count, _TRADITIONAL))
        simplified += sum(map(window.count, _SIMPLIFIED))
        if min(traditional, simplified) == 0 and max(traditional, simplified) >= _CLEAR_COUNT:
            break
    return "traditional" if traditional > simplified else "simplified"


def detect_profile(text: str) -> Profile:
    """Pick the profile of a page: its script first (`TRADITIONAL` for a
    page in traditional characters, else `MAINLAND`), then a registered
    profile of that script whose paper's name is printed on the page.

    >>> detect_profile("香港文匯報訊 特區政府昨日宣布這項措施").name
    'traditional'
    >>> detect_profile("本报讯 这项措施").name
    'mainland'
    """
    script = _script(text)
    base = TRADITIONAL if script == "traditional" else MAINLAND
    named = [
        p
        for p in registered_profiles()[2:]
        if p.script == script and any(masthead in text[:_DETECT_CHARS] for masthead in p.mastheads)
    ]
    return named[-1] if named else base
