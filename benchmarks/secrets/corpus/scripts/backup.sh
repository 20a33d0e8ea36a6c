#!/bin/sh
export PGPASSWORD='yXGSn*qEcl!UDE'
pg_dump -h db.internal -U agents agents | gzip > /backups/agents-$(date +%F).sql.gz
sha256sum /backups/*.gz > /backups/SHA256SUMS  # 9ad325a060954e508cbfe37ddb81f54a3818e5072fb42cdb1f7b19fcaa3c0070
