"""skytally: aerial-attack reports to a verified dataset."""
__version__ = "0.1.0"
