"""Names shared by every stage: entity types, quote kinds, fact kinds."""

PER, ORG, LOC = "PER", "ORG", "LOC"
ENTITY_TYPES = (PER, ORG, LOC)

DIRECT, PARTIAL, INTERVIEW = "direct", "partial", "interview"
QUESTION = "question"        # an interviewer's question: the outlet's words, not the interviewee's
QUOTE_KINDS = (DIRECT, PARTIAL, INTERVIEW, QUESTION)

DONE, ONGOING, PLANNED = "done", "ongoing", "planned"
SIGNED, MENTIONED = "signed", "mentioned"

FACT_TYPES = ("visits", "visit_counts", "documents", "durations", "dates")

# Output formats of every listing command (output/render.py writes them).
FORMATS = ("table", "tsv", "json", "jsonl", "csv")
