import logging
import os
import signal
import sys

import redis

logging.basicConfig(stream=sys.stdout, level=os.environ.get("LOG_LEVEL", "INFO"))
log = logging.getLogger("shop.worker")
queue = redis.from_url(os.environ["REDIS_URL"])
running = True


def stop(signum, frame):
    # Finish the current job, then exit; unfinished jobs stay in the queue for another worker.
    global running
    running = False


signal.signal(signal.SIGTERM, stop)

while running:
    job = queue.blpop("shop:jobs", timeout=5)
    if job:
        log.info("processing %s", job[1])
