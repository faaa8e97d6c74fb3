"""The one exception tree of banmian.

Every error that `banmian.load_edition` or `banmian.parse_edition`
raises is a `BanmianError`::

    BanmianError
    ├── InputError          the input is not something banmian can read
    │   ├── InputTypeError  an argument of the wrong type (also a TypeError)
    │   ├── NotTextError    the bytes are binary (an image, a PDF, an archive, ...)
    │   └── InputTooLargeError
    │                       the input is over the size limit
    └── DecodeError         the bytes are not valid in any supported encoding
                            (or in the encoding the caller named)

``InputError`` is also raised for a path that does not exist, is a
directory, a device, a FIFO or a socket, and for a ``str`` that looks like
page text where a path was expected.  ``InputTypeError`` names the argument
and what it should have been; it is a ``TypeError`` too, so code that
catches ``TypeError`` for a wrong argument keeps working.
"""

from __future__ import annotations

__all__ = [
    "BanmianError",
    "DecodeError",
    "InputError",
    "InputTooLargeError",
    "InputTypeError",
    "NotTextError",
]


class BanmianError(Exception):
    """Base class of every error raised by banmian."""


class InputError(BanmianError):
    """The input cannot be read as a page: missing path, directory, wrong type."""


class InputTypeError(InputError, TypeError):
    """An argument has the wrong type; the message says what was expected."""


class NotTextError(InputError):
    """The input is binary data (an image, a PDF, an archive), not a text page."""


class InputTooLargeError(InputError):
    """The input is larger than the configured size limit."""


class DecodeError(BanmianError):
    """The bytes could not be decoded as text."""
