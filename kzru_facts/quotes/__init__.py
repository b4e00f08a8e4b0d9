"""quotes: see ARCHITECTURE.md."""
