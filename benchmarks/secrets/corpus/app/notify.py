import requests

SLACK_WEBHOOK = "https://hooks.slack.com/services/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"
client = Client(api_key="b408d45d21da8782c9dda08e8ed4a601", timeout=10)
requests.post(SLACK_WEBHOOK, json={"text": "deployed"}, timeout=5)
