"""Fact extractors: dates, durations, visits, visit counts, documents."""
