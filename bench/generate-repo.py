#!/usr/bin/env python3
"""Writes a deterministic large repository for benchmarks.

N services, each with a Kustomize base and dev/staging/prod overlays, a Dockerfile, a Compose
entry and requirements.txt, plus C commits of history, all through one `git fast-import` stream
(fast, and no working-tree churn). The working tree is then checked out once.

    bench/generate-repo.py OUT_DIR --services 300 --commits 3000
"""
import argparse
import os
import subprocess
import sys


def service_files(index):
    name = f"svc{index:03d}"
    files = {}
    base = f"services/{name}/k8s/base"
    files[f"{base}/kustomization.yaml"] = "resources:\n  - deployment.yaml\n  - service.yaml\n"
    files[f"{base}/deployment.yaml"] = f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: {name}
  labels:
    app: {name}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: {name}
  template:
    metadata:
      labels:
        app: {name}
    spec:
      containers:
        - name: app
          image: registry.example.com/{name}:1.{index % 10}.0
          ports:
            - name: http
              containerPort: 8080
          env:
            - name: LOG_LEVEL
              value: info
            - name: UPSTREAM_ADDR
              value: svc{(index + 1) % 1000:03d}:80
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef:
                  name: {name}-db
                  key: url
          readinessProbe:
            httpGet:
              path: /healthz
              port: http
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
"""
    files[f"{base}/service.yaml"] = f"""apiVersion: v1
kind: Service
metadata:
  name: {name}
spec:
  selector:
    app: {name}
  ports:
    - name: http
      port: 80
      targetPort: http
"""
    for env, replicas in (("dev", 1), ("staging", 2), ("prod", 4)):
        overlay = f"services/{name}/k8s/overlays/{env}"
        files[f"{overlay}/kustomization.yaml"] = (
            f"resources:\n  - ../../base\nnamespace: {env}\npatches:\n  - path: replicas.yaml\n"
            f"images:\n  - name: registry.example.com/{name}\n    newTag: 1.{index % 10}.{1 if env == 'prod' else 2}\n")
        files[f"{overlay}/replicas.yaml"] = (
            f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {name}\nspec:\n  replicas: {replicas}\n")
    files[f"services/{name}/Dockerfile"] = (
        "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n"
        "COPY . .\nUSER 1000\nEXPOSE 8080\nCMD [\"gunicorn\", \"app:app\", \"--bind\", \"0.0.0.0:8080\"]\n")
    files[f"services/{name}/requirements.txt"] = "flask==3.0.3\ngunicorn==22.0.0\n"
    files[f"services/{name}/app.py"] = (
        "import os\nfrom flask import Flask\napp = Flask(__name__)\n\n@app.get('/healthz')\n"
        "def health():\n    return 'ok'\n")
    return files


def compose_file(services):
    lines = ["services:"]
    for index in range(services):
        name = f"svc{index:03d}"
        lines += [f"  {name}:", f"    build: services/{name}", "    environment:",
                  f"      UPSTREAM_ADDR: svc{(index + 1) % services:03d}:8080"]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--services", type=int, default=300)
    parser.add_argument("--commits", type=int, default=3000)
    args = parser.parse_args()

    os.makedirs(args.out, exist_ok=True)
    subprocess.run(["git", "init", "-q", "-b", "main", args.out], check=True)
    files = {}
    for index in range(args.services):
        files.update(service_files(index))
    files["docker-compose.yml"] = compose_file(args.services)
    paths = sorted(files)

    stream = []
    mark = 0
    timestamp = 1700000000
    for commit in range(args.commits):
        if commit == 0:
            changed = paths
        else:
            # Each later commit bumps the image tag of one service, as releases do.
            index = commit % args.services
            name = f"svc{index:03d}"
            path = f"services/{name}/k8s/base/deployment.yaml"
            files[path] = _bump(files[path], commit)
            changed = [path]
        stream.append(f"commit refs/heads/main\nmark :{mark + 1}\n"
                      f"author Bench <bench@example.invalid> {timestamp + commit * 60} +0000\n"
                      f"committer Bench <bench@example.invalid> {timestamp + commit * 60} +0000\n")
        message = f"commit {commit}\n"
        stream.append(f"data {len(message.encode())}\n{message}")
        if commit > 0:
            stream.append(f"from :{mark}\n")
        for path in changed:
            data = files[path].encode()
            stream.append(f"M 100644 inline {path}\ndata {len(data)}\n")
            stream.append(files[path])
            stream.append("\n")
        mark += 1
    payload = "".join(stream).encode()
    subprocess.run(["git", "-C", args.out, "fast-import", "--quiet"], input=payload, check=True)
    subprocess.run(["git", "-C", args.out, "checkout", "-q", "-f", "main"], check=True)
    print(f"{args.out}: {len(paths)} files, {args.commits} commits", file=sys.stderr)


def _bump(text, commit):
    """Sets the LOG_LEVEL value to a new release-specific value."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.strip() == "- name: LOG_LEVEL":
            lines[i + 1] = f"              value: info-{commit}"
            break
    return "\n".join(lines)


if __name__ == "__main__":
    main()
