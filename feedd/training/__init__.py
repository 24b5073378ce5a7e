"""Learning the plain-text page reader from real web pages: datasets, rendering, labels, training.

Development tools, not part of the daemon: they read the public web-page datasets (kept
outside the repository), render their HTML the way scrapers save pages, label each line
by aligning it with the human-made gold text, and fit the model that
`feedd.normalize.reader` ships. Must not import the store, the publisher or any driver.
"""
