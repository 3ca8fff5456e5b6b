"""Script-mode training entry point."""
print("training")
