#!/bin/sh
# Rotates the bot token; the new one comes from Vault, never from this file.
NEW_TOKEN=$(vault kv get -field=bot_token secret/agents/slack)
export SLACK_BOT_TOKEN="$NEW_TOKEN"
echo "rotated token ${SLACK_BOT_TOKEN:0:4}…"
