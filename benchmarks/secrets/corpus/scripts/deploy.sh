#!/bin/sh
set -eu
curl -fsS -H "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJkZXBsb3llciIsImF1ZCI6ImdhdGV3YXkiLCJpYXQiOjE3MzAwMDAwMDB9.al9iYayk6Un5ZN_xta1damr4qAnxDkT6m465Zjc_yCU" https://gateway.internal/deploy
curl -fsS "https://api.telegram.org/bot4683052179:AAo8t38k4EQ_iyaWrM2sIn6Jorsb0gX666y/sendMessage" -d chat_id=42 -d text=deployed
kubectl rollout status deploy/agents --timeout=120s
