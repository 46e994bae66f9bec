#!/usr/bin/env bash
# The scale and fault runs of docs/PERFORMANCE.md, on this machine only (loopback), bounded in time:
#   1. two server replicas on one PostgreSQL and one S3Proxy, 50 concurrent clients x 200 claims of random
#      sizes (ClaimLoad.java): overlaps, sums, claims/s, p50/p99;
#   2. the same load while PostgreSQL is stopped for about 5 s and started again: 503 while it is down,
#      nothing lost or repeated after (each client retries its claim with the same Idempotency-Key);
#   3. the S3 store stopped: upload and download URLs answer 503, claims go on; started again: URLs work.
# Usage: ecs-server/load/scale-and-faults.sh   (needs the packaged server: ./mvnw -f ecs-server/pom.xml package)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
JAVA_HOME=$("$root/bin/find-jdk25"); java="$JAVA_HOME/bin/java"
jar="$root/ecs-server/target/quarkus-app/quarkus-run.jar"
s3jar="$root/ecs-server/target/s3proxy/s3proxy.jar"
pg_bin=/usr/lib/postgresql/15/bin
[ -f "$jar" ] && [ -f "$s3jar" ] || { echo "build first: ./mvnw -f ecs-server/pom.xml package -DskipTests" >&2; exit 1; }
work=$(mktemp -d); chmod 711 "$work"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { local p; while :; do p=$((20000 + RANDOM % 40000)); (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }; done; }
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  as_pg "$pg_bin/pg_ctl" -D "$work/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

pg_port=$(free_port); s3_port=$(free_port)
mkdir -p "$work/pg" "$work/s3"; [ "$(id -u)" = 0 ] && chown postgres:postgres "$work/pg"
as_pg "$pg_bin/initdb" -D "$work/pg/data" -U postgres -A trust -E UTF8 --locale=C >/dev/null
pg_start() { as_pg "$pg_bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/pg.log" -w -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null; }
pg_stop() { as_pg "$pg_bin/pg_ctl" -D "$work/pg/data" -m fast -w stop >/dev/null; }
pg_start
"$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "create database omegasafe" >/dev/null
s3_secret=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
cat > "$work/s3/s3proxy.properties" <<P
s3proxy.endpoint=http://127.0.0.1:$s3_port
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=load
s3proxy.credential=$s3_secret
jclouds.provider=filesystem-nio2
jclouds.filesystem.basedir=$work/s3
P
s3_start() {
  "$java" -XX:TieredStopAtLevel=1 -Xmx256m -jar "$s3jar" --properties "$work/s3/s3proxy.properties" >>"$work/s3proxy.log" 2>&1 &
  s3_pid=$!; pids+=("$s3_pid")
  for _ in $(seq 1 200); do (exec 3<>"/dev/tcp/127.0.0.1/$s3_port") 2>/dev/null && return; sleep 0.1; done
}
s3_start
"$JAVA_HOME/bin/keytool" -genkeypair -alias ecs -keyalg EC -groupname secp256r1 -validity 2 -dname CN=127.0.0.1 \
  -ext SAN=ip:127.0.0.1 -keystore "$work/tls.p12" -storetype PKCS12 -storepass loadtest >/dev/null 2>&1
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$pg_port/omegasafe" QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD="" QUARKUS_S3_ENDPOINT_OVERRIDE="http://127.0.0.1:$s3_port" QUARKUS_S3_AWS_REGION=us-east-1 \
  QUARKUS_S3_PATH_STYLE_ACCESS=true QUARKUS_S3_AWS_CREDENTIALS_TYPE=static \
  QUARKUS_S3_AWS_CREDENTIALS_STATIC_PROVIDER_ACCESS_KEY_ID=load \
  QUARKUS_S3_AWS_CREDENTIALS_STATIC_PROVIDER_SECRET_ACCESS_KEY="$s3_secret" ECS_INTERNAL_STORAGE_BUCKET=omegasafe-internal \
  ECS_INTERNAL_STORAGE_CREATE_BUCKET=true ECS_MASTER_KEY_VALUE="$(head -c 32 /dev/urandom | base64)" \
  QUARKUS_TLS_KEY_STORE_P12_PATH="$work/tls.p12" QUARKUS_TLS_KEY_STORE_P12_PASSWORD=loadtest
replica_start() {   # port, log
  QUARKUS_HTTP_SSL_PORT=$1 "$java" -Xmx512m -jar "$jar" serve >"$2" 2>&1 &
  pids+=("$!")
}
replica_wait() {
  for _ in $(seq 1 900); do grep -q '^ready:' "$1" && return; sleep 0.1; done
  echo "a replica did not start: $1" >&2; exit 1
}
p1=$(free_port); p2=$(free_port)
replica_start "$p1" "$work/replica1.log"; replica_start "$p2" "$work/replica2.log"
replica_wait "$work/replica1.log"; replica_wait "$work/replica2.log"
token=$("$java" -Decs.serve=false -Dquarkus.http.host-enabled=false -Dquarkus.log.console.stderr=true -Dquarkus.log.level=WARN \
  -jar "$jar" create-user --email load@example.test 2>/dev/null | tail -1)
load() { "$java" "$root/ecs-server/load/ClaimLoad.java" --url "https://127.0.0.1:$p1" --url "https://127.0.0.1:$p2" --token "$token" "$@"; }
api() { curl -sk -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }

echo "== 1. two replicas, one PostgreSQL: 50 clients x 200 claims of random sizes 1..1000"
load --clients 50 --claims 200 --max-size 1000 --deadline-s 300

echo "== 2. the same load, PostgreSQL stopped for about 5 s after 3 s"
key=$(cat /proc/sys/kernel/random/uuid)
curl -sk -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "https://127.0.0.1:$p1/v1/keys" -d \
  "{\"key_uuid\":\"$key\",\"key_name\":\"probe\",\"nucleus_maps\":1000,\"rotor_maps\":1000,\"rotor_count\":2,\"iteration_capacity\":1000000000,\"alpha_iteration_uuid\":\"$(cat /proc/sys/kernel/random/uuid)\",\"omegasafe_version\":\"0.1.0\"}" >/dev/null
load --clients 50 --claims 200 --max-size 1000 --deadline-s 300 > "$work/load2.out" & load_pid=$!
sleep 3
pg_stop; echo "PostgreSQL stopped at $(date +%T)"
sleep 1
echo "while down: claim -> $(api "https://127.0.0.1:$p1/v1/keys/$key/iterations/0/claims" -d '{"size":1}'), /q/health -> $(curl -sk -o /dev/null -w '%{http_code}' "https://127.0.0.1:$p2/q/health")"
sleep 4
pg_start; echo "PostgreSQL started at $(date +%T)"
wait "$load_pid" && rc=0 || rc=$?
cat "$work/load2.out"; [ "$rc" = 0 ] || echo "load run 2 exited $rc"

echo "== 3. S3 store stopped"
payload_md5=$(printf 'delta' | openssl md5 -binary | base64)
delta=$(cat /proc/sys/kernel/random/uuid)
answer=$(curl -sk -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "https://127.0.0.1:$p1/v1/deltas/upload_url" \
  -d "{\"key_uuid\":\"$key\",\"delta_uuid\":\"$delta\",\"seq_number\":1,\"size\":5,\"content_md5\":\"$payload_md5\"}")
attempt=$(echo "$answer" | sed -n 's/.*"upload_attempt_uuid":"\([^"]*\)".*/\1/p'); url=$(echo "$answer" | sed -n 's/.*"url":"\([^"]*\)".*/\1/p')
printf 'delta' > "$work/delta.bin"
echo "before: PUT -> $(curl -s -o /dev/null -w '%{http_code}' -T "$work/delta.bin" -H "Content-MD5: $payload_md5" \
  -H 'If-None-Match: *' -H "x-amz-meta-upload-attempt: $attempt" "$url"), confirm_upload -> $(api "https://127.0.0.1:$p1/v1/deltas/confirm_upload" -d "{\"upload_attempt_uuid\":\"$attempt\"}")"
body="{\"key_uuid\":\"$key\",\"delta_uuid\":\"$(cat /proc/sys/kernel/random/uuid)\",\"seq_number\":2,\"size\":5,\"content_md5\":\"$payload_md5\"}"
echo "before: upload_url -> $(api "https://127.0.0.1:$p1/v1/deltas/upload_url" -d "$body"), download_url -> $(api "https://127.0.0.1:$p2/v1/deltas/download_url" -d "{\"key_uuid\":\"$key\",\"delta_uuid\":\"$delta\"}")"
kill -TERM "$s3_pid"; wait "$s3_pid" 2>/dev/null || true
echo "S3Proxy stopped"
echo "upload_url -> $(api "https://127.0.0.1:$p1/v1/deltas/upload_url" -d "$body"), download_url -> $(api "https://127.0.0.1:$p2/v1/deltas/download_url" -d "{\"key_uuid\":\"$key\",\"delta_uuid\":\"$delta\"}")"
echo "claims while S3 is down:"
load --clients 10 --claims 50 --max-size 1000 --deadline-s 120 | sed 's/^/  /'
echo "/q/health -> $(curl -sk -o /dev/null -w '%{http_code}' "https://127.0.0.1:$p1/q/health")"
s3_start; echo "S3Proxy started"
echo "upload_url -> $(api "https://127.0.0.1:$p1/v1/deltas/upload_url" -d "$body"), /q/health -> $(curl -sk -o /dev/null -w '%{http_code}' "https://127.0.0.1:$p1/q/health")"
