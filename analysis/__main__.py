"""``python -m analysis``: the ``newsdesk`` command."""
import sys

from .reporting.cli import main

sys.exit(main())
