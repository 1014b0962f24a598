"""Quality measurements against gold folders: `newsstream eval clean|dedup|tags FOLDER`."""
