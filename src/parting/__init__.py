"""Parting: see which clients cost more than they bring, decide, and part ways well."""

__version__ = "0.1.0"
