"""Signs members in to a running Ambassade and opens screens through Vaadin's own protocol (UIDL), as
a browser does: the login form, the UI's init request, the browser details the server asks for, then
one navigation per screen. Used by bench/session-memory.sh and bench/large-brand.sh; standard library only.

    member_sessions.py PORT HOST EMAIL PASSWORD COUNT
        signs COUNT members in, each on the home and perks screens, and keeps them signed in;
    member_sessions.py time PORT PASSWORD RUNS WARMUP HOST,EMAIL,ROUTE [HOST,EMAIL,ROUTE ...]
        signs one person in per HOST,EMAIL,ROUTE, then opens each ROUTE in turn, WARMUP rounds untimed
        and RUNS rounds timed, each time from the "profile" screen (Vaadin reuses the view shown when
        navigating to the same route), and prints the median and 90th percentile round trip in ms."""
import http.cookiejar
import json
import math
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request


class Member:
    def __init__(self, port, host):
        self.base = f"http://127.0.0.1:{port}"
        self.host = host
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect())
        self.sync_id = 0
        self.client_id = 0

    def request(self, path, data=None, content_type=None):
        headers = {"Host": self.host}
        if content_type:
            headers["Content-Type"] = content_type
        req = urllib.request.Request(self.base + path, data=data, headers=headers)
        with self.opener.open(req, timeout=60) as answer:
            return answer.status, answer.read().decode("utf-8")

    def sign_in(self, email, password):
        _, page = self.request("/login")
        token = re.search(r'<meta name="_csrf" content="([^"]+)"', page).group(1)
        form = urllib.parse.urlencode({"username": email, "password": password, "_csrf": token}).encode()
        status, _ = self.request("/login", form, "application/x-www-form-urlencoded")
        if status != 302:
            raise RuntimeError(f"login of {email} answered {status}")

    def open_ui(self, route):
        _, body = self.request("/?v-r=init&location=" + urllib.parse.quote(route) + "&query=")
        uidl = json.loads(body)["appConfig"]["uidl"]
        self.key = uidl["Vaadin-Security-Key"]
        self.sync_id = uidl["syncId"]
        details = {"v-sw": "390", "v-sh": "844", "v-ww": "390", "v-wh": "844", "v-bw": "390", "v-bh": "844",
                   "v-tzo": "-60", "v-rtzo": "-60", "v-dstd": "60", "v-dston": "false", "v-tzid": "Europe/Paris",
                   "v-curdate": "1764932400000", "v-td": "false", "v-pr": "1", "v-np": "false", "v-wn": "bench",
                   "v-loc": f"http://{self.host}/{route}"}
        return self.rpc([{"type": "channel", "node": 1, "channel": 0, "args": [details]}, self.navigation(route)])

    def navigate(self, route):
        return self.rpc([self.navigation(route)])

    @staticmethod
    def navigation(route):
        return {"type": "event", "node": 1, "event": "ui-navigate",
                "data": {"route": route, "query": "", "appShellTitle": "", "historyState": {"idx": 0},
                         "trigger": ""}}

    def rpc(self, calls):
        message = {"csrfToken": self.key, "rpc": calls, "syncId": self.sync_id, "clientId": self.client_id}
        status, body = self.request("/?v-r=uidl&v-uiId=0", json.dumps(message).encode(), "application/json")
        answer = json.loads(body.removeprefix("for(;;);").strip().strip("[]"))
        self.sync_id = answer.get("syncId", self.sync_id)
        self.client_id += 1
        if status != 200 or "meta" in answer and answer["meta"].get("appError"):
            raise RuntimeError(f"UIDL answered {status}: {body[:300]}")
        return body


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None

    def http_error_302(self, req, fp, code, msg, headers):
        return fp


def time_routes(port, password, specs, runs=30, warmup=10, via="profile"):
    """Opens each (host, e-mail, route) of specs, one signed-in person each, in turn: WARMUP untimed
    rounds, then RUNS timed ones, each opening made from the VIA route. Taking the specs in turn puts
    them under the same machine load. Returns (median ms, 90th percentile ms, answer size) per spec."""
    members = []
    for host, email, _ in specs:
        member = Member(port, host)
        member.sign_in(email, password)
        member.open_ui(via)
        members.append(member)
    timings = [[] for _ in specs]
    sizes = [0] * len(specs)
    for i in range(warmup + runs):
        for n, (member, (_, _, route)) in enumerate(zip(members, specs)):
            member.navigate(via)
            start = time.perf_counter()
            body = member.navigate(route)
            elapsed = (time.perf_counter() - start) * 1000
            sizes[n] = len(body)
            if i >= warmup:
                timings[n].append(elapsed)
    results = []
    for n, values in enumerate(timings):
        values.sort()
        p90 = values[max(0, math.ceil(0.9 * len(values)) - 1)]
        results.append((statistics.median(values), p90, sizes[n]))
    return results


if __name__ == "__main__" and sys.argv[1:2] == ["time"]:
    port, password, runs, warmup = sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
    specs = [tuple(spec.split(",", 2)) for spec in sys.argv[6:]]
    results = time_routes(port, password, specs, runs, warmup)
    for (host, email, route), (median, p90, size) in zip(specs, results):
        print(f"{host.split(':')[0]} {email} /{route}: median {median:.1f} ms, p90 {p90:.1f} ms, {size} bytes")
    # Specs given in pairs (large brand, then small brand): the ratios.
    for n in range(0, len(results) - 1, 2):
        print(f"/{specs[n][2]} vs /{specs[n + 1][2]}: median x{results[n][0] / results[n + 1][0]:.2f},"
              f" p90 x{results[n][1] / results[n + 1][1]:.2f}")
elif __name__ == "__main__":
    port, host, email, password, count = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
    members = []
    for i in range(count):
        member = Member(port, host)
        member.sign_in(email, password)
        first = member.open_ui("")
        second = member.navigate("perks")
        members.append(member)
        if i == 0:
            print(f"first member: home {len(first)} bytes, perks {len(second)} bytes", file=sys.stderr)
    print(f"{count} members signed in, each on the home and perks screens", file=sys.stderr)
