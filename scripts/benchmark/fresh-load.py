# Fresh renders from 32 anonymous clients for N seconds: python3 fresh-load.py http://localhost:8080 120
# (used for the memory figures of docs/performance.md; wrk is the benchmark proper)
import sys, threading, time, urllib.request
base=sys.argv[1]; secs=int(sys.argv[2])
paths=["/","/complexes","/complexes?region=BUSAN","/rounds/1","/rounds/2","/calls","/plans/1","/plans/2","/regions/GYEONGNAM","/complexes?page=3"]
stop=time.time()+secs; n=[0]; err=[0]
def run(i):
    k=i
    while time.time()<stop:
        try:
            req=urllib.request.Request(base+paths[k%len(paths)],headers={"Cache-Control":"no-cache"})
            urllib.request.urlopen(req,timeout=30).read(); n[0]+=1
        except Exception as e: err[0]+=1
        k+=1
ts=[threading.Thread(target=run,args=(i,)) for i in range(32)]
[t.start() for t in ts]; [t.join() for t in ts]
print("requests",n[0],"errors",err[0])
