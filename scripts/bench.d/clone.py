"""Grows a sandbox state file to N data sources by cloning its first one (new id and url each),
written atomically and the journal emptied: the running emulator reloads it on its next request. Far faster than N POSTs,
each of which would rewrite the whole state file. The clones share the template's token, which
is all listing and extending need."""
import copy, json, os, sys, uuid

path, want = sys.argv[1], int(sys.argv[2])
with open(path) as f:
    state = json.load(f)
template = state["dataSources"][0]
items = []
for i in range(want):
    ds = copy.deepcopy(template)
    ds["id"] = str(uuid.uuid4())
    ds["url"] = f"https://bench.example/{i}"
    ds["audience"] = f"bench-{i}"
    items.append(ds)
state["dataSources"] = items
tmp = path + ".tmp"
with open(tmp, "w") as f:
    json.dump(state, f)
os.replace(tmp, path)
# The emulator replays its journal over the state file it loads: empty it, as the emulator's own
# compaction does, or the journal's data sources would come back beside the clones.
journal = path + ".journal"
if os.path.exists(journal):
    open(journal, "r+").truncate(0)
