"""text: see ARCHITECTURE.md."""
