"""Qt item models over core results."""
