"""``python -m xinfang_desktop.cli`` and the frozen build's ``xinfang`` entry script."""

import sys

from xinfang_desktop.cli.main import main

sys.exit(main())
