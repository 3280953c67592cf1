# Counters: incr() and decr() change a stored number.
from django.core.cache import cache

cache.set('hits', 0)
cache.incr('hits')
cache.incr('hits', 10)
cache.decr('hits', 3)
print(f"hits = {cache.get('hits')}")

# incr() on a missing key raises ValueError (the message shows the internal key).
try:
    cache.incr('missing')
except ValueError as error:
    print(f"ValueError: {error}")

# incr_version() moves an entry to the next version; the old version is deleted.
cache.set('config', 'v1 settings')
new_version = cache.incr_version('config')
print(f"now at version {new_version}: {cache.get('config', version=new_version)}")
print(f"version 1 is gone: {cache.get('config')}")

# decr_version() moves it back.
old_version = cache.decr_version('config', version=new_version)
print(f"back at version {old_version}: {cache.get('config')}")
