#!/usr/bin/env bash
# Issue 12 §4: each bulk operation (extend, register, update, delete, apply) against its bound,
# measured in one run (release build, emulator with 20 ms latency per API request). Sourced by
# scripts/bench (`scripts/bench bounds` runs only this); needs $bin and $work.
#
# The bound of a run that sends R requests with P at a time is ceil(R / P) round trips of the
# latency; `ratio` is measured / bound (target ≤ 1.15). The request count is read from the
# emulator's request log and compared with what the operation needs.
latency_ms=20
workers=16   # more than any --parallel below, so the emulator never queues a request

state_dir=$work
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
  state_dir=$(mktemp -d /dev/shm/byods-bench.XXXXXX)
  trap 'kill ${sandbox_pid:-} ${bounds_pid:-} 2>/dev/null || true; rm -rf "$work" "$state_dir"' EXIT
fi

bounds_start() { # → a fresh emulator with 20 ms latency; sets base, token, control, state
  # On tmpfs when there is one: the emulator syncs its state file on every write, and on a disk
  # shared with other work that wait, not the client, would dominate every write's time.
  state=$state_dir/bounds-$RANDOM.json
  "$bin" sandbox --addr 127.0.0.1:0 --json --state "$state" --workers "$workers" \
    --latency-ms "$latency_ms" >"$work/bounds-info.json" 2>/dev/null &
  bounds_pid=$!
  for _ in $(seq 200); do [ -s "$work/bounds-info.json" ] && break; sleep 0.02; done
  base=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["baseUrl"])' "$work/bounds-info.json")
  token=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["token"])' "$work/bounds-info.json")
  control=${base%/v1}/_sandbox
  export BYODS_BASE_URL=$base BYODS_TOKEN=$token
}
bounds_stop() { kill "$bounds_pid" 2>/dev/null || true; wait "$bounds_pid" 2>/dev/null || true; }
b() { BYODS_BASE_URL=$base BYODS_TOKEN=$token "$bin" "$@"; }
clear_log() { curl -s -X DELETE "$control/requests" >/dev/null; }
logged() { curl -s "$control/requests" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))'; }
seconds() { # command... → wall seconds of one run (stdout discarded)
  local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s%N)
  echo "scale=4; ($t1 - $t0) / 1000000000" | bc -l
}
emulator_cpu() { # → CPU seconds the running emulator has used so far (user + system)
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%.3f\n", ($14 + $15) / hz }' "/proc/$bounds_pid/stat"
}
measure() { # command... → "wall-seconds client-cpu-seconds emulator-cpu-seconds" of one run
  local e0 e1 t cpu
  e0=$(emulator_cpu)
  t=$(seconds /usr/bin/time -f '%U %S' -o "$work/cpu" "$@")
  e1=$(emulator_cpu)
  cpu=$(awk '{ print $1 + $2 }' "$work/cpu" | tail -1)
  echo "$t $cpu $(echo "$e1 - $e0" | bc -l)"
}
median_of() { # lines of "wall client-cpu emulator-cpu" → the line with the median wall time
  sort -n | awk '{ line[NR] = $0 } END { print line[int((NR + 1) / 2)] }'
}
report() { # name requests-sent requests-needed "seconds client-cpu emulator-cpu" round-trips-in-the-bound
  local bound t cc ce; bound=$(echo "$5 * $latency_ms / 1000" | bc -l)
  read -r t cc ce <<<"$4"
  printf '  %-38s %5s %5s %7.3f s %7.3f s %5.2f %7.2f s %7.2f s\n' "$1" "$2" "$3" "$t" "$bound" \
    "$(echo "$t / $bound" | bc -l)" "$cc" "$ce"
}
ceil_div() { echo $(( ($1 + $2 - 1) / $2 )); }

echo "== 5. bounds (issue 12): ${latency_ms} ms per API request, release build, median of ${BENCH_REPEAT:-5} runs"
printf '  %-38s %5s %5s %9s %9s %5s %9s %9s\n' scenario sent need measured bound ratio "byods CPU" "emul. CPU"

# Each row is the median of $repeat runs (the machine is shared: one run can land on a busy
# moment); the request count is that of the last run, checked the same in every run by the tests.
repeat=${BENCH_REPEAT:-5}
bounds_start
id=$(b ls --json --jq '.[1].id')
t=$(for _ in $(seq "$repeat"); do clear_log; measure "$bin" extend "$id" --no-log; done | median_of)
report "extend ID" "$(logged)" 2 "$t" 2
for n in 200 1000; do
  python3 scripts/bench.d/clone.py "$state" "$n"
  b ls --json >/dev/null   # the emulator loads the grown state
  t=$(for _ in $(seq "$repeat"); do clear_log; measure "$bin" extend --all --parallel 8 --no-log; done | median_of)
  # The listing, then per data source a GET under its lock and a PUT, 8 at a time.
  report "extend --all --parallel 8 ($n)" "$(logged)" $((1 + 2 * n)) "$t" $((1 + 2 * $(ceil_div "$n" 8)))
done
bounds_stop

bounds_start
n=200
: >"$work/register.runs"; : >"$work/update.runs"; : >"$work/delete.runs"
for round in $(seq "$repeat"); do
  python3 -c "
import json
for i in range($n): print(json.dumps({'url': f'https://bulk.example/$round/{i}'}))" >"$work/bulk.ndjson"
  clear_log; measure "$bin" register --from "$work/bulk.ndjson" --parallel 8 --no-log >>"$work/register.runs"
  sent_register=$(logged)
  b ls --json --jq '.[] | select(.url | startswith("https://bulk.example/")) | {id, audience: "bulk"}' \
    >"$work/update.ndjson"
  clear_log; measure "$bin" update --from "$work/update.ndjson" --parallel 8 --no-log >>"$work/update.runs"
  sent_update=$(logged)
  clear_log; measure "$bin" delete --yes --parallel 8 --no-log - <"$work/update.ndjson" >>"$work/delete.runs"
  sent_delete=$(logged)
done
# The schema list and the listing (duplicate check), then one POST each.
report "register --from ($n) --parallel 8" "$sent_register" $((2 + n)) "$(median_of <"$work/register.runs")" $((2 + $(ceil_div "$n" 8)))
# A GET and a PUT per item, one after the other in each worker.
report "update --from ($n) --parallel 8" "$sent_update" $((2 * n)) "$(median_of <"$work/update.runs")" $((2 * $(ceil_div "$n" 8)))
report "delete ($n) --parallel 8" "$sent_delete" "$n" "$(median_of <"$work/delete.runs")" "$(ceil_div "$n" 8)"

# apply: the same 200 created, changed and pruned from desired-state files, beside the emulator's
# own data sources (exported first, so every file keeps them and --prune deletes only the 200).
b export >"$work/base.json"
: >"$work/apply-create.runs"; : >"$work/apply-update.runs"; : >"$work/apply-prune.runs"
for round in $(seq "$repeat"); do
  for audience in first second; do
    python3 - "$work/base.json" "$n" "$round" "$audience" >"$work/apply-$audience.json" <<'PY'
import json, sys
base, n, rnd, audience = json.load(open(sys.argv[1])), int(sys.argv[2]), sys.argv[3], sys.argv[4]
base["dataSources"] += [{"url": f"https://apply.example/{rnd}/{i}", "audience": audience} for i in range(n)]
print(json.dumps(base))
PY
  done
  clear_log; measure "$bin" apply -f "$work/apply-first.json" --yes --parallel 8 --no-log >>"$work/apply-create.runs"
  sent_apply_create=$(logged)
  clear_log; measure "$bin" apply -f "$work/apply-second.json" --yes --parallel 8 --no-log >>"$work/apply-update.runs"
  sent_apply_update=$(logged)
  clear_log; measure "$bin" apply -f "$work/base.json" --prune --yes --parallel 8 --no-log >>"$work/apply-prune.runs"
  sent_apply_prune=$(logged)
done
# The listing, then the schema list (a schema id must exist before anything is created), then a
# POST each; a change is the listing and a PUT each; a prune the listing and a DELETE each.
report "apply: create $n --parallel 8" "$sent_apply_create" $((2 + n)) "$(median_of <"$work/apply-create.runs")" $((2 + $(ceil_div "$n" 8)))
report "apply: update $n --parallel 8" "$sent_apply_update" $((1 + n)) "$(median_of <"$work/apply-update.runs")" $((1 + $(ceil_div "$n" 8)))
report "apply: prune $n --parallel 8" "$sent_apply_prune" $((1 + n)) "$(median_of <"$work/apply-prune.runs")" $((1 + $(ceil_div "$n" 8)))

n=5000
python3 scripts/bench.d/clone.py "$state" "$n"
b ls --json >/dev/null
runs=9
# Taken in turn, so both see the same moments of a shared machine.
: >"$work/ls.runs"; : >"$work/curl.runs"
for _ in $(seq $runs); do
  seconds b ls --json >>"$work/ls.runs"
  seconds curl -s -H "Authorization: Bearer $token" "$base/dataSources" >>"$work/curl.runs"
done
t_ls=$(median_of <"$work/ls.runs")
t_curl=$(median_of <"$work/curl.runs")
rss_ls=$( { BYODS_BASE_URL=$base BYODS_TOKEN=$token /usr/bin/time -f %M "$bin" ls --json >/dev/null; } 2>&1 | tail -1)
rss_curl=$( { /usr/bin/time -f %M curl -s -H "Authorization: Bearer $token" "$base/dataSources" >/dev/null; } 2>&1 | tail -1)
printf '  %-40s %9.3f s vs curl %7.3f s   ratio %5.2f (target ≤ 1.30)\n' "ls --json ($n), median of $runs" \
  "$t_ls" "$t_curl" "$(echo "$t_ls / $t_curl" | bc -l)"
printf '  %-40s %6.1f MiB vs curl %5.1f MiB            (target < 20 MiB)\n' "ls --json ($n), peak RSS" \
  "$(echo "$rss_ls / 1024" | bc -l)" "$(echo "$rss_curl / 1024" | bc -l)"
bounds_stop

# Startup: 50 runs back to back, the cost of starting any process (/bin/true) shown beside it.
per_run() { # command... → mean wall seconds of 50 runs
  local t0 t1; t0=$(date +%s%N)
  for _ in $(seq 50); do "$@" >/dev/null 2>&1; done
  t1=$(date +%s%N); echo "scale=5; ($t1 - $t0) / 50 / 1000000000" | bc -l
}
t_start=$(per_run "$bin" --version)
t_true=$(per_run /bin/true)
printf '  %-38s %7.4f s (/bin/true %.4f s; target < 5 ms)\n' "startup: byods --version, mean of 50" "$t_start" "$t_true"
