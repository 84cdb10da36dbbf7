"""Open data of a municipality: CSV and JSON downloads, their DCAT-AP.de catalogue and the
iCalendar feed of upcoming milestones (docs/opendata.md)."""
