"""Registers data sources in a running sandbox (BYODS_BASE_URL, BYODS_TOKEN) until it holds N.
With --only, first deletes every data source so exactly N remain."""
import json, os, sys, urllib.request, uuid

base, token = os.environ["BYODS_BASE_URL"], os.environ["BYODS_TOKEN"]
want = int(sys.argv[1])

def call(method, path, body=None):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    req.add_header("Authorization", "Bearer " + token)
    req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req) as r:
        text = r.read()
        return json.loads(text) if text else None

items = call("GET", "/dataSources")["items"]
if "--only" in sys.argv:
    for ds in items:
        call("DELETE", "/dataSources/" + ds["id"])
    items = []
for i in range(len(items), want):
    call("POST", "/dataSources", {
        "schemaId": "5397013b-7920-4ffc-807c-e8a3e0a18f43", "url": f"https://bench.example/{i}",
        "audience": "bench", "subject": "bench", "nonce": str(uuid.uuid4()), "tokenLifetimeMinutes": 60 + i % 1000,
    })
print(f"{want} data sources", file=sys.stderr)
