"""Maintenance commands run with python -m (docs, graphs/)."""
