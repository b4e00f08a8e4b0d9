"""``python -m kzru_facts`` runs the command line tool."""
from .cli import main

main()
