"""newsbot: answers about the news a team collects, in Slack and in the terminal."""
