"""``python -m banmian``: the same command line as ``banmian``."""

import sys

from .cli import main

sys.exit(main())
