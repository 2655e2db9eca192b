"""What every layer shares and nothing else: the error base (domain.errors).

cardreader, forms, app, cli, training and widgets all raise or present DomainError, so it
lives below all of them; this package imports nothing of Madoguchi's own.
"""
