"""``python -m pipeline`` runs the command line."""

import sys

from pipeline.cli import main

# Guarded: worker processes (spawned, not forked) import this module again and must not rerun the build.
if __name__ == "__main__":
    sys.exit(main())
