import logging
import os
import time

import redis

logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
queue = redis.from_url(os.environ["REDIS_URL"])

while True:
    job = queue.lpop("shop:jobs")
    if job:
        logging.info("processing %s", job)
    else:
        time.sleep(1)
