"""Qt item models over the visit's plain DTO lists."""
