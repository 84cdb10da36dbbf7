"""The shapes of the API: plain serializers that name every field they show.

No model serializer: what leaves the house is listed here field by field, so that a new model
field (a contact person, a note) never becomes public by accident. References to other objects are
their codes (measure "M 1.1", goal "Z 1.1", period "2026-H1"); dates are ISO dates and decimals
are strings.
"""
