"""output: see ARCHITECTURE.md."""
