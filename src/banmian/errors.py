"""The one exception tree of banmian.

Every error that `banmian.load_edition` or `banmian.parse_edition`
raises is a `BanmianError`::

    BanmianError
    ├── InputError          the input is not something banmian can read
    │   ├── NotTextError    the bytes are binary (an image, a PDF, an archive, ...)
    │   └── InputTooLargeError
    │                       the input is over the size limit
    └── DecodeError         the bytes are not valid in any supported encoding
                            (or in the encoding the caller named)

``InputError`` is also raised for a path that does not exist or is a
directory, and for an object that is neither text, bytes, a path nor a file.
"""

from __future__ import annotations

__all__ = [
    "BanmianError",
    "DecodeError",
    "InputError",
    "InputTooLargeError",
    "NotTextError",
]


class BanmianError(Exception):
    """Base class of every error raised by banmian."""


class InputError(BanmianError):
    """The input cannot be read as a page: missing path, directory, wrong type."""


class NotTextError(InputError):
    """The input is binary data (an image, a PDF, an archive), not a text page."""


class InputTooLargeError(InputError):
    """The input is larger than the configured size limit."""


class DecodeError(BanmianError):
    """The bytes could not be decoded as text."""
