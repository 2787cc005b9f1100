"""Edit in the desktop application: working copies, watched saves, conflicts."""
