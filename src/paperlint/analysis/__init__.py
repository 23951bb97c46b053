"""Analysis: what a paper is, as typed results and no findings (sections, structure, readability,
stats). Rules (checks/) and reporters read these results; nothing here renders or reports."""
