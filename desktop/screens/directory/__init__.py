"""The directory screen."""
