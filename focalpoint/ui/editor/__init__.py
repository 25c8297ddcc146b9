"""Form editor generated from the form JSON."""
