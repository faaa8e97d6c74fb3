"""A reading benchmark: pages laid out from labelled articles, with the faults of real dumps.

``articles.py`` builds ``articles.json`` from the repository's expected
readings, ``generate.py`` lays articles of one paper into raw page dumps and
writes each page's expected reading from the article fields, and ``run.py``
scores banmian on them per paper, per script and per fault.  See
``docs/reading-benchmark.md``.
"""
