"""Community: resident surveys, priorities by area, and the streets to focus on."""
