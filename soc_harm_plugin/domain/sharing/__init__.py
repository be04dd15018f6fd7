"""Sharing: what may leave the plugin: identifiers kept out, small numbers suppressed, briefing tables and narrative."""
