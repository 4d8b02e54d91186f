"""The genre's word lists, in one readable place.

These describe how Chinese local-government project reports are written (name suffixes, stage
words, issue words, page furniture). They never name a particular project, company or number:
the extractor reads patterns and must work on articles nobody has seen.
"""

# --- text normalisation: page furniture -------------------------------------------------------
# (section owned by tracker/text.py)

# --- figures: what aggregate numbers measure --------------------------------------------------
# (section owned by tracker/extract/figures.py)

# --- projects, statuses and issues ------------------------------------------------------------
# (section owned by tracker/extract/projects.py and issues.py)
