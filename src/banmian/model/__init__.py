"""The public records of a parsed page: frozen, slotted ``attrs`` classes.

Every record carries its provenance: the 1-based source line numbers it was
read from (``lines`` or ``line``), so any piece of output can be traced back
to the input.  ``Edition.to_dict()`` gives the JSON shape of contract §2;
serialization lives here and nowhere else.
"""

from __future__ import annotations

from ._edition import Edition, LineAudit
from ._parts import (
    ARTIFACT_KINDS,
    BLOCK_KINDS,
    SCHEMA_VERSION,
    WARNING_KINDS,
    Article,
    Artifact,
    ArtifactKind,
    Author,
    Block,
    BlockKind,
    Byline,
    Caption,
    Decision,
    Duplicate,
    ParseWarning,
    WarningKind,
)

__all__ = [
    "ARTIFACT_KINDS",
    "BLOCK_KINDS",
    "SCHEMA_VERSION",
    "WARNING_KINDS",
    "Article",
    "Artifact",
    "ArtifactKind",
    "Author",
    "Block",
    "BlockKind",
    "Byline",
    "Caption",
    "Decision",
    "Duplicate",
    "Edition",
    "LineAudit",
    "ParseWarning",
    "WarningKind",
]

# The records are defined in two private modules and belong to this one.
for _record in (
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
):
    _record.__module__ = __name__
del _record
