"""What paperlint knows about a paper before any rule judges it: typed results, no findings.

Regions (header, bibliography, quotations…), the paper's English and voice, dated events, the
dependency parse, phrase matching, sections and structure, readability and the paper's stats.
Rules (the packs of paperlint.rules) and reporters read these; nothing here imports a rule, the engine or a
reporter, and nothing here renders.
"""
