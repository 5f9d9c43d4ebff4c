import logging
import os
import signal
import sys

import redis
from flask import Flask, session
from flask_migrate import Migrate
from flask_session import Session
from flask_sqlalchemy import SQLAlchemy

# Logs are an event stream: one line per event on stdout, the platform collects them.
logging.basicConfig(stream=sys.stdout, level=os.environ.get("LOG_LEVEL", "INFO"))
log = logging.getLogger("shop")

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["SECRET_KEY"],
    SQLALCHEMY_DATABASE_URI=os.environ["DATABASE_URL"],
    SESSION_TYPE="redis",
    SESSION_REDIS=redis.from_url(os.environ["REDIS_URL"]),
)
Session(app)
db = SQLAlchemy(app)
migrate = Migrate(app, db)


@app.route("/")
def index():
    session["visits"] = session.get("visits", 0) + 1
    return "hello from twelve-factor-shop"


@app.route("/healthz")
def healthz():
    return "ok"


def stop(signum, frame):
    log.info("received signal %s, finishing in-flight requests", signum)
    sys.exit(0)


signal.signal(signal.SIGTERM, stop)
