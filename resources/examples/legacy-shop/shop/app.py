import logging
import os

from flask import Flask, session

app = Flask(__name__)
app.secret_key = "dev-secret-do-not-ship"

logging.basicConfig(filename="/var/log/shop/app.log", level=logging.DEBUG)

DB_HOST = "10.0.3.17"
SESSIONS = {}


@app.route("/")
def index():
    session["visits"] = session.get("visits", 0) + 1
    return "hello from legacy-shop"


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000)
