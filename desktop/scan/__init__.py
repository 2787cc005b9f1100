"""The watched scan folder: a durable journal, checks, intake and the Qt watcher."""
