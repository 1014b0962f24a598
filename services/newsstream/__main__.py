"""`python -m newsstream` runs the command line."""

from newsstream.cli import main

raise SystemExit(main())
