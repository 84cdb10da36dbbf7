"""The sections of the status report, one module each, in the order of the report."""
