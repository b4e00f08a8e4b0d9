"""Exit codes of the command line tool."""
from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0
    ERROR = 1          # some input could not be read or processed
    USAGE = 2          # bad arguments, a path that does not exist
    INTERRUPTED = 130  # Ctrl-C
