"""Exchange with the national document axis: the edXML library, the local hub and the CLI."""
