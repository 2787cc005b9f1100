"""The clerk's issuance screen: signed documents waiting for number, date, seal and dispatch."""
