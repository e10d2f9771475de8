"""Baseline: what a minimal Python client does for `byods ls --json` (the original tool's stack)."""
import base64, json, os, urllib.request

base, token = os.environ["BYODS_BASE_URL"], os.environ["BYODS_TOKEN"]

def get(path):
    req = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + token})
    with urllib.request.urlopen(req) as r:
        return json.loads(r.read())

def claims(jws):
    payload = jws.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))

items = get("/dataSources")["items"]
types = {s["id"]: s.get("serviceType") for s in get("/dataSources/schemas")["items"]}
for ds in items:
    ds["derived"] = {"exp": claims(ds["jwsToken"])["exp"], "schema": types.get(ds["schemaId"])}
print(json.dumps(items, indent=2))
