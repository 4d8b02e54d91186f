"""tracker: a project-tracking database for Chinese local-government investment projects.

The library API (usable from a notebook) lives in the submodules; the CLI in ``tracker.cli``
is a thin shell over it.
"""

__version__ = "0.1.0"
