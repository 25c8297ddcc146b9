"""Entry point for ``python -m focalpoint`` and for the PyInstaller bundle."""

import sys

from focalpoint.cli import main

if __name__ == "__main__":
    sys.exit(main())
