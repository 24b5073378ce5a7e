"""Reliability suite: the folder is the source of truth, whatever happens (issue 6)."""
