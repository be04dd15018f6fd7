"""The languages the plugin writes for people: English, Welsh, or both with Welsh first, and how each
writes numbers and dates."""
