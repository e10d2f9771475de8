#!/usr/bin/env bash
# Issue 12 §4: each bulk operation against its bound, measured in one run (release build, emulator
# with 20 ms latency per API request). Sourced by scripts/bench (`scripts/bench bounds` runs only
# this); needs $bin and $work.
#
# The bound of a run that sends R requests with P at a time is ceil(R / P) round trips of the
# latency; `ratio` is measured / bound (target ≤ 1.15). The request count is read from the
# emulator's request log and compared with what the operation needs.
latency_ms=20
workers=16   # more than any --parallel below, so the emulator never queues a request

bounds_start() { # → a fresh emulator with 20 ms latency; sets base, token, control, state
  state=$work/bounds-$RANDOM.json
  "$bin" sandbox --addr 127.0.0.1:0 --json --state "$state" --workers "$workers" \
    --latency-ms "$latency_ms" >"$work/bounds-info.json" 2>/dev/null &
  bounds_pid=$!
  for _ in $(seq 200); do [ -s "$work/bounds-info.json" ] && break; sleep 0.02; done
  base=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["baseUrl"])' "$work/bounds-info.json")
  token=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["token"])' "$work/bounds-info.json")
  control=${base%/v1}/_sandbox
}
bounds_stop() { kill "$bounds_pid" 2>/dev/null || true; wait "$bounds_pid" 2>/dev/null || true; }
b() { BYODS_BASE_URL=$base BYODS_TOKEN=$token "$bin" "$@"; }
clear_log() { curl -s -X DELETE "$control/requests" >/dev/null; }
logged() { curl -s "$control/requests" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))'; }
seconds() { # command... → wall seconds of one run (stdout discarded)
  local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s%N)
  echo "scale=4; ($t1 - $t0) / 1000000000" | bc -l
}
report() { # name requests-sent requests-needed seconds round-trips-in-the-bound
  local bound; bound=$(echo "$5 * $latency_ms / 1000" | bc -l)
  printf '  %-40s %6s %6s %8.3f s %8.3f s %6.2f\n' "$1" "$2" "$3" "$4" "$bound" "$(echo "$4 / $bound" | bc -l)"
}
ceil_div() { echo $(( ($1 + $2 - 1) / $2 )); }

echo "== 4. bounds (issue 12): ${latency_ms} ms per API request, release build"
printf '  %-40s %6s %6s %10s %10s %6s\n' scenario sent needed measured bound ratio

bounds_start
id=$(b ls --json --jq '.[1].id')
clear_log; t=$(seconds b extend "$id" --no-log)
report "extend ID" "$(logged)" 2 "$t" 2
for n in 200 1000; do
  python3 scripts/bench.d/clone.py "$state" "$n"
  b ls --json >/dev/null   # the emulator loads the grown state
  clear_log; t=$(seconds b extend --all --parallel 8 --no-log)
  # The listing, then one PUT per data source, 8 at a time.
  report "extend --all --parallel 8 ($n)" "$(logged)" $((1 + n)) "$t" $((1 + $(ceil_div "$n" 8)))
done
bounds_stop

bounds_start
n=200
python3 -c "
import json
for i in range($n): print(json.dumps({'url': f'https://bulk.example/{i}'}))" >"$work/bulk.ndjson"
clear_log; t=$(seconds b register --from "$work/bulk.ndjson" --parallel 8 --no-log)
# The schema list and the listing (duplicate check), then one POST each.
report "register --from ($n) --parallel 8" "$(logged)" $((2 + n)) "$t" $((2 + $(ceil_div "$n" 8)))
b ls --json --jq '.[] | select(.url | startswith("https://bulk.example/")) | {id, audience: "bulk"}' \
  >"$work/update.ndjson"
clear_log; t=$(seconds b update --from "$work/update.ndjson" --parallel 8 --no-log)
# A GET and a PUT per item, one after the other in each worker.
report "update --from ($n) --parallel 8" "$(logged)" $((2 * n)) "$t" $((2 * $(ceil_div "$n" 8)))
clear_log; t=$(seconds b delete --yes --parallel 8 --no-log - <"$work/update.ndjson")
report "delete ($n) --parallel 8" "$(logged)" "$n" "$t" "$(ceil_div "$n" 8)"

n=5000
python3 scripts/bench.d/clone.py "$state" "$n"
b ls --json >/dev/null
runs=5
t_ls=$(for _ in $(seq $runs); do seconds b ls --json; done | sort -n | sed -n 3p)
t_curl=$(for _ in $(seq $runs); do
  seconds curl -s -H "Authorization: Bearer $token" "$base/dataSources"; done | sort -n | sed -n 3p)
rss_ls=$( { BYODS_BASE_URL=$base BYODS_TOKEN=$token /usr/bin/time -f %M "$bin" ls --json >/dev/null; } 2>&1 | tail -1)
rss_curl=$( { /usr/bin/time -f %M curl -s -H "Authorization: Bearer $token" "$base/dataSources" >/dev/null; } 2>&1 | tail -1)
printf '  %-40s %9.3f s vs curl %7.3f s   ratio %5.2f (target ≤ 1.30)\n' "ls --json ($n), median of $runs" \
  "$t_ls" "$t_curl" "$(echo "$t_ls / $t_curl" | bc -l)"
printf '  %-40s %6.1f MiB vs curl %5.1f MiB            (target < 20 MiB)\n' "ls --json ($n), peak RSS" \
  "$(echo "$rss_ls / 1024" | bc -l)" "$(echo "$rss_curl / 1024" | bc -l)"
bounds_stop

t_start=$(for _ in $(seq 11); do seconds "$bin" --version; done | sort -n | sed -n 6p)
t_true=$(for _ in $(seq 11); do seconds /bin/true; done | sort -n | sed -n 6p)
printf '  %-40s %9.4f s (/bin/true %.4f s; target < 5 ms)\n' "startup: byods --version, median of 11" "$t_start" "$t_true"
