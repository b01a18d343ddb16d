"""minsheng-kb: Chinese news pages in, a queryable knowledge base of reported figures out."""

__version__ = "0.1.0"
