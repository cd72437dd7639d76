"""Slack listeners: turn a Slack payload into a call of bot.answers and send the result."""
