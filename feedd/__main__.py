"""`python -m feedd` is the same as the `feedd` console script."""

from feedd.cli import main

raise SystemExit(main())
