# Timeouts: how long an entry stays in the cache.
import time
from django.core.cache import cache

# Keep 'session' for 5 seconds.
cache.set('session', 'abc123', 5)
print(f"right away: {cache.get('session')}")

# Once 5 seconds have passed the entry has expired: get() misses.
time.sleep(6)
print(f"after 6 s: {cache.get('session')}")

# touch() gives a live entry a new timeout, counted from now.
cache.set('token', 'xyz', 5)
time.sleep(3)
touched = cache.touch('token', 10)
time.sleep(5)
print(f"touched: {touched}, token 8 s after set: {cache.get('token')}")

# timeout=None: the entry never expires.
cache.set('settings', {'theme': 'dark'}, timeout=None)
time.sleep(1000)
print(f"after 1000 s: {cache.get('settings')}")

# timeout=0: the entry expires at once, so nothing is really cached.
cache.set('nothing', 'gone', timeout=0)
print(f"timeout=0: {cache.get('nothing')}")
