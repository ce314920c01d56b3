"""``python -m xinfang_desktop`` and the frozen build's entry script start the window."""

import sys

from xinfang_desktop.app import main

sys.exit(main())
