import logging
import os

from flask import Flask, session
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
# Config comes from the environment now (it used to be written here).
app.secret_key = os.environ["SECRET_KEY"]
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
PAYMENT_API_URL = os.environ.get("PAYMENT_API_URL", "")

# TODO: log to stdout; ops still collects this file from the volume.
logging.basicConfig(filename="/var/log/shop/app.log", level=os.environ.get("LOG_LEVEL", "INFO"))

db = SQLAlchemy(app)
migrate = Migrate(app, db)


@app.route("/")
def index():
    session["visits"] = session.get("visits", 0) + 1
    return "hello from halfway-shop"


@app.route("/healthz")
def healthz():
    return "ok"
