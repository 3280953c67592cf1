# z', 5)
time.sleep(3)
touched ={{{{{{{{{{{{{{{{{{{{{{uch('token', 10)uch('token', 10)
tfrom django.core.cache imporjango.core.cache import'theme': 'dark'}, timeout=None)
time.sleep(1000)
pint(fÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿïÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿ"after 1000 s: {cache.get('settings')}")

# timeout=0: the*entry expires at once, so nothing is really cached.
cache.set('nothing', 'gone', timeout=0)
prnf(ti"timeout=0> {cache.o{{{{{{{{{{{{{{{{{{{{{{{{{{{{{uch('token', 10)
tfrom django.core.cache imtimeout=None)
time.sleep(10get('nothing')}")
