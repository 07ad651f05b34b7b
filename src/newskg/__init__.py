"""newskg: news articles to an event knowledge graph of claims with their sources."""

__version__ = "0.1.0"
