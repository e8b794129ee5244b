"""Single-request latency of each page of the large organization computed afresh, best and median of 5.

Run against `align serve` started with ALIGN_PAGE_CACHE=off on a database scripts/bench_pages.sh
built, with the URLs its last run used (the first line of each raw wrk output):

    ALIGN_PAGE_CACHE=off align serve --port 8321 --sqlite-path .bench/pages-1m/bench.sqlite &
    python3 scripts/bench_cold_pages.py .bench/pages-1m/raw-sqlite http://127.0.0.1:8321 \
        bench-large@example.org "$(align token create --email bench-large@example.org \
        --organization northwind-large --name cold --sqlite-path .bench/pages-1m/bench.sqlite | tail -n 1)"
"""
import glob, http.cookiejar, re, statistics, sys, time, urllib.parse, urllib.request
raw_dir, base, email, token = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
page = opener.open(base + "/sign-in").read().decode()
csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
opener.open(base + "/sign-in", urllib.parse.urlencode({"email": email, "password": "bench-password-1", "_csrf": csrf}).encode())
urls = []
for path in sorted(glob.glob(raw_dir + "/*.txt"), key=lambda p: int(re.search(r"-(\d+)\.txt$", p).group(1))):
    first = open(path).readline()
    m = re.match(r"# (.+) \(large\): (\S+)", first)
    if m: urls.append((m.group(1), m.group(2)))
port = re.match(r"https?://[^/]+", base).group(0)
for name, url in urls:
    url = re.sub(r"^https?://[^/]+", port, url)
    times = []
    for _ in range(5):
        req = urllib.request.Request(url, headers={"Authorization": "Bearer " + token} if "/api/" in url else {})
        start = time.perf_counter()
        with opener.open(req) as r:
            r.read(); code = r.status
        times.append((time.perf_counter() - start) * 1000)
    print(f"{name:24s} {code} best {min(times):8.1f} ms  median {statistics.median(times):8.1f} ms")
