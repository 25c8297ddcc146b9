"""Local storage: the laptop's SQLite database (opened in one place), migrations, repositories."""
