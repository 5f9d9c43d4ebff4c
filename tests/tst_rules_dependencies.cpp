#include "auditfixture.h"
#include "rules/factorrules.h"

#include <QtTest>

using namespace tfi;
using namespace Qt::StringLiterals;

using Files = QMap<QString, QByteArray>;

class TestDependenciesRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogue();
    void fires_data();
    void fires();
    void quiet_data();
    void quiet();
    void hadolintIgnoreSuppresses();
    void creditsLockfilesAndDigests();
    void notApplicableWithoutCode();
};

namespace {

const QByteArray flaskApp = R"py(import os
import logging

import requests
from flask import Flask

app = Flask(__name__)
)py";

const QByteArray stdlibScript = R"py(import json
import os
import sys
from pathlib import Path

print(json.dumps(dict(os.environ)))
)py";

const QByteArray pinnedRequirements = "flask==3.0.3\nrequests==2.32.3\ngunicorn==22.0.0\n";

const QByteArray packageJson = R"json({
  "name": "web",
  "version": "1.0.0",
  "private": true,
  "scripts": {
    "start": "node server.js"
  },
  "dependencies": {
    "express": "^4.19.2",
    "pino": "~9.1.0"
  },
  "devDependencies": {
    "eslint": "^9.3.0"
  }
}
)json";

const QByteArray expressServer = R"js(const express = require("express");
const path = require("path");

const app = express();
app.listen(process.env.PORT || 8080);
)js";

const QByteArray goMain = R"go(package main

import (
	"fmt"
	"net/http"

	"github.com/gorilla/mux"
)

func main() {
	r := mux.NewRouter()
	fmt.Println(http.ListenAndServe(":8080", r))
}
)go";

const QByteArray goModWithRequire = R"(module github.com/acme/api

go 1.22

require github.com/gorilla/mux v1.8.1
)";

const QByteArray javaApp = R"java(package com.acme.shop;

import java.util.List;
import com.acme.shop.model.Order;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ShopApplication {
    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }
}
)java";

QByteArray dockerfile(const QByteArray &body, const QByteArray &from = "FROM python:3.12-slim")
{
    return from + "\nWORKDIR /app\n" + body + "CMD [\"gunicorn\", \"app:app\"]\n";
}

// A Python service `app` built by Compose, with a pinned manifest, so that only the Dockerfile
// under test can fire.
Files pythonService(const QByteArray &dockerfileText)
{
    return {
        {u"app.py"_s, flaskApp},
        {u"requirements.txt"_s, pinnedRequirements},
        {u"Dockerfile"_s, dockerfileText},
        {u"docker-compose.yml"_s, "services:\n  app:\n    build: .\n    ports:\n      - \"8000:8000\"\n"}};
}

// In the fires table: the workload the model names after the repository's directory.
const QString repositoryWorkload = QStringLiteral("<repository>");

} // namespace

void TestDependenciesRules::catalogue()
{
    const QList<RuleInfo> &rules = dependenciesRules();
    QCOMPARE(rules.size(), 7);
    QSet<QString> ids;
    for (const RuleInfo &rule : rules) {
        QCOMPARE(rule.factor, 2);
        QVERIFY(QByteArray(rule.id).startsWith("dependencies."));
        QVERIFY(!ids.contains(QString::fromLatin1(rule.id)));
        ids.insert(QString::fromLatin1(rule.id));
    }
    const RuleInfo *baseImage = ruleById(u"dependencies.unpinned-base-image"_s);
    QVERIFY(baseImage);
    QStringList equivalents;
    for (const char *equivalent : baseImage->equivalents)
        equivalents.append(QString::fromLatin1(equivalent));
    QCOMPARE(equivalents, (QStringList{u"hadolint:DL3006"_s, u"hadolint:DL3007"_s}));
    QVERIFY(baseImage->translatedRemediation(SourceFormat::Dockerfile).contains(u"FROM node:20"_s));
}

void TestDependenciesRules::fires_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("workload");
    QTest::addColumn<QStringList>("mentions");

    // --- code without a manifest
    QTest::addRow("python service without a manifest")
        << Files{{u"api/app.py"_s, flaskApp},
                 {u"api/requirements.txt"_s, pinnedRequirements},
                 {u"worker/tasks.py"_s, "import os\nimport celery\n\napp = celery.Celery()\n"},
                 {u"worker/jobs/cleanup.py"_s, "import boto3\n"}}
        << u"dependencies.undeclared"_s << u"worker/tasks.py"_s << 2 << 8 << QString()
        << QStringList{u"Python code in worker/ imports celery"_s, u"requirements.txt, pyproject.toml"_s};
    QTest::addRow("node server without package.json")
        << Files{{u"server.js"_s, expressServer}} << u"dependencies.undeclared"_s << u"server.js"_s << 1 << 26
        << QString() << QStringList{u"imports express"_s, u"package.json"_s};
    QTest::addRow("typescript import without package.json")
        << Files{{u"src/index.ts"_s,
                  "import { z } from \"zod\";\nimport { readFile } from \"node:fs/promises\";\n"}}
        << u"dependencies.undeclared"_s << u"src/index.ts"_s << 1 << 20 << QString()
        << QStringList{u"JavaScript/TypeScript code in src/ imports zod"_s};
    QTest::addRow("go without go.mod")
        << Files{{u"cmd/api/main.go"_s, goMain}} << u"dependencies.undeclared"_s << u"cmd/api/main.go"_s << 7
        << 3 << QString() << QStringList{u"imports github.com/gorilla/mux"_s, u"go.mod"_s};
    QTest::addRow("ruby without Gemfile")
        << Files{{u"app.rb"_s, "require 'json'\nrequire 'sinatra'\nrequire_relative 'lib/helpers'\n"},
                 {u"lib/helpers.rb"_s, "module Helpers; end\n"}}
        << u"dependencies.undeclared"_s << u"app.rb"_s << 2 << 10 << QString()
        << QStringList{u"imports sinatra"_s};
    QTest::addRow("java without a build file")
        << Files{{u"src/main/java/com/acme/shop/ShopApplication.java"_s, javaApp},
                 {u"src/main/java/com/acme/shop/model/Order.java"_s,
                  "package com.acme.shop.model;\npublic class Order {}\n"}}
        << u"dependencies.undeclared"_s << u"src/main/java/com/acme/shop/ShopApplication.java"_s << 5 << 8
        << QString() << QStringList{u"imports org.springframework.boot.SpringApplication"_s, u"pom.xml"_s};
    QTest::addRow("php autoloader without composer.json")
        << Files{{u"index.php"_s, "<?php\nrequire __DIR__ . '/vendor/autoload.php';\n"},
                 {u"src/Kernel.php"_s,
                  "<?php\nnamespace App;\nuse Symfony\\Component\\HttpKernel\\Kernel as Base;\n"}}
        << u"dependencies.undeclared"_s << u"index.php"_s << 2 << 21 << QString()
        << QStringList{u"PHP code in the repository root imports vendor/autoload.php"_s, u"composer.json"_s};

    // --- manifests without lockfiles
    QTest::addRow("package.json without lockfile")
        << Files{{u"web/package.json"_s, packageJson}, {u"web/server.js"_s, expressServer}}
        << u"dependencies.missing-lockfile"_s << u"web/package.json"_s << 8 << 1 << QString()
        << QStringList{u"web/package.json declares dependencies"_s, u"package-lock.json, yarn.lock"_s};
    QTest::addRow("Pipfile without Pipfile.lock")
        << Files{{u"Pipfile"_s,
                  "[[source]]\nurl = \"https://pypi.org/simple\"\n\n[packages]\nflask = \"*\"\n"},
                 {u"app.py"_s, flaskApp}}
        << u"dependencies.missing-lockfile"_s << u"Pipfile"_s << 4 << 1 << QString()
        << QStringList{u"Pipfile.lock"_s};
    QTest::addRow("poetry project without poetry.lock")
        << Files{{u"pyproject.toml"_s,
                  "[build-system]\nrequires = [\"poetry-core\"]\n\n[tool.poetry]\nname = \"shop\"\n\n"
                  "[tool.poetry.dependencies]\npython = \"^3.12\"\nflask = \"^3.0\"\n"}}
        << u"dependencies.missing-lockfile"_s << u"pyproject.toml"_s << 4 << 1 << QString()
        << QStringList{u"poetry.lock"_s};
    QTest::addRow("go.mod with requires but no go.sum")
        << Files{{u"go.mod"_s, goModWithRequire}, {u"main.go"_s, goMain}}
        << u"dependencies.missing-lockfile"_s << u"go.mod"_s << 5 << 1 << QString()
        << QStringList{u"go.sum"_s};
    QTest::addRow("Gemfile without Gemfile.lock")
        << Files{{u"Gemfile"_s, "source 'https://rubygems.org'\n\ngem 'rails', '~> 7.1'\n"}}
        << u"dependencies.missing-lockfile"_s << u"Gemfile"_s << 3 << 1 << QString()
        << QStringList{u"Gemfile.lock"_s};
    QTest::addRow("composer.json without composer.lock")
        << Files{{u"composer.json"_s, "{\n  \"require\": {\n    \"php\": \">=8.2\",\n    "
                                      "\"laravel/framework\": \"^11.0\"\n  }\n}\n"}}
        << u"dependencies.missing-lockfile"_s << u"composer.json"_s << 2 << 1 << QString()
        << QStringList{u"composer.lock"_s};
    QTest::addRow("rust binary without Cargo.lock")
        << Files{{u"Cargo.toml"_s,
                  "[package]\nname = \"api\"\nversion = \"0.1.0\"\n\n[dependencies]\naxum = \"0.7\"\n"},
                 {u"src/main.rs"_s, "use axum::Router;\nfn main() {}\n"}}
        << u"dependencies.missing-lockfile"_s << u"Cargo.toml"_s << 1 << 1 << QString()
        << QStringList{u"Cargo.lock"_s};

    // --- unpinned versions in manifests
    QTest::addRow("requirements without pins")
        << Files{{u"requirements.txt"_s, "# web\nflask==3.0.3\nrequests\ngunicorn>=21.2  # server\n"
                                         "psycopg[binary]~=3.1 ; python_version >= \"3.9\"\n"},
                 {u"app.py"_s, flaskApp}}
        << u"dependencies.unpinned-version"_s << u"requirements.txt"_s << 3 << 1 << QString()
        << QStringList{u"does not pin 3 package"_s, u"requests, gunicorn, psycopg"_s};
    QTest::addRow("requirements directory")
        << Files{{u"requirements/base.txt"_s, "Django==5.0.6\ncelery\n"},
                 {u"requirements/dev.txt"_s, "pytest\n"}}
        << u"dependencies.unpinned-version"_s << u"requirements/base.txt"_s << 2 << 1 << QString()
        << QStringList{u"does not pin 1 package"_s, u"celery"_s};
    QTest::addRow("package.json with star and latest")
        << Files{{u"package.json"_s, R"json({
  "name": "web",
  "dependencies": {
    "express": "^4.19.2",
    "lodash": "*",
    "left-pad": "latest"
  }
}
)json"},
                 {u"package-lock.json"_s, "{\"lockfileVersion\": 3}\n"}}
        << u"dependencies.unpinned-version"_s << u"package.json"_s << 5 << 5 << QString()
        << QStringList{u"any version of 2 package"_s, u"lodash, left-pad"_s};

    // --- Dockerfile installs
    QTest::addRow("apt-get install across continuation lines")
        << pythonService(
               dockerfile("RUN apt-get update \\\n    && apt-get install -y --no-install-recommends \\\n"
                          "       curl ca-certificates \\\n    && rm -rf /var/lib/apt/lists/*\n"))
        << u"dependencies.unpinned-os-package"_s << u"Dockerfile"_s << 5 << 8 << u"app"_s
        << QStringList{u"curl, ca-certificates"_s, u"apt-get"_s};
    QTest::addRow("apk add with a virtual package")
        << pythonService(
               dockerfile("RUN apk add --no-cache --virtual .build-deps gcc=13.2.1_git20231014-r0 musl-dev\n",
                          "FROM python:3.12-alpine3.19"))
        << u"dependencies.unpinned-os-package"_s << u"Dockerfile"_s << 3 << 72 << u"app"_s
        << QStringList{u"installs musl-dev with apk"_s};
    QTest::addRow("pip install by name")
        << pythonService(dockerfile(
               "COPY requirements.txt .\nRUN pip install --upgrade pip && pip install -r requirements.txt\n"
               "RUN pip install --no-cache-dir gunicorn==22.0.0 uvicorn[standard]\n"))
        << u"dependencies.unpinned-language-package"_s << u"Dockerfile"_s << 5 << 49 << u"app"_s
        << QStringList{u"installs uvicorn[standard] with pip"_s};
    QTest::addRow("npm install -g") << Files{{u"package.json"_s, packageJson},
                                             {u"package-lock.json"_s, "{}\n"},
                                             {u"server.js"_s, expressServer},
                                             {u"Dockerfile"_s,
                                              "FROM node:20.11-bookworm-slim\nRUN npm ci --omit=dev\nRUN npm "
                                              "install -g pm2 npm@10.8.1\n"}}
                                    << u"dependencies.unpinned-language-package"_s << u"Dockerfile"_s << 3
                                    << 20 << repositoryWorkload << QStringList{u"installs pm2 with npm"_s};
    QTest::addRow("gem install in a shell -c script")
        << Files{{u"Dockerfile"_s,
                  "FROM ruby:3.3-slim\nRUN sh -c \"gem install bundler && bundle install\"\n"}}
        << u"dependencies.unpinned-language-package"_s << u"Dockerfile"_s << 2 << 24 << repositoryWorkload
        << QStringList{u"installs bundler with gem"_s};

    // --- base images and downloads
    QTest::addRow("base image without tag")
        << pythonService(dockerfile("COPY . .\n", "FROM python")) << u"dependencies.unpinned-base-image"_s
        << u"Dockerfile"_s << 1 << 1 << u"app"_s << QStringList{u"FROM python without a tag"_s};
    QTest::addRow("latest base image in a build stage")
        << Files{{u"Dockerfile"_s, "FROM node:latest AS assets\nRUN npm ci\n\nFROM nginx:1.27-alpine\n"
                                   "COPY --from=assets /app/dist /usr/share/nginx/html\n"}}
        << u"dependencies.unpinned-base-image"_s << u"Dockerfile"_s << 1 << 1 << repositoryWorkload
        << QStringList{u"FROM node:latest"_s};
    QTest::addRow("ADD from a URL")
        << pythonService(
               dockerfile("ADD https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini\n"))
        << u"dependencies.add-from-url"_s << u"Dockerfile"_s << 3 << 5 << u"app"_s
        << QStringList{u"downloads https://github.com/krallin/tini/releases/download/v0.19.0/tini"_s};
}

void TestDependenciesRules::fires()
{
    QFETCH(Files, files);
    QFETCH(QString, rule);
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, workload);
    QFETCH(QStringList, mentions);

    const AuditResultPtr result = test::auditFiles(files);
    QVERIFY(result);
    if (workload == repositoryWorkload)
        workload = QFileInfo(result->repository.root).fileName();
    const QList<Finding> found = test::findingsOf(*result, rule);
    QStringList seen;
    for (const Finding &finding : found)
        seen.append(finding.location.path + u':' + QString::number(finding.location.line) + u' ' +
                    finding.message);
    QVERIFY2(found.size() == 1, qPrintable(seen.join(u'\n')));
    const Finding &finding = found.first();
    QCOMPARE(finding.factor, 2);
    QCOMPARE(finding.location.path, path);
    QCOMPARE(finding.location.line, line);
    QCOMPARE(finding.location.column, column);
    QCOMPARE(finding.workload, workload);
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(finding.message.contains(mention), qPrintable(finding.message));
}

void TestDependenciesRules::quiet_data()
{
    QTest::addColumn<Files>("files");

    QTest::addRow("pinned python service") << Files{
        {u"app.py"_s, flaskApp},
        {u"requirements.txt"_s,
         "--index-url https://pypi.org/simple\n-r requirements-base.txt\n"
         "flask==3.0.3 \\\n    "
         "--hash=sha256:34e815dfaa43340d1d15a5c3a02b8476004037eb4840b34910c6e21679d288f3\n"
         "internal-lib @ git+https://git.example.com/lib.git@v1.2.0\n"
         "-e ./libs/shared\n"},
        {u"requirements-base.txt"_s, "requests==2.32.3\n"},
        {u"requirements-dev.txt"_s, "pytest\nruff\n"},
        {u"Dockerfile"_s, dockerfile("RUN apt-get update && apt-get install -y --no-install-recommends "
                                     "curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*\n"
                                     "COPY requirements.txt requirements-base.txt ./\n"
                                     "RUN pip install --upgrade pip setuptools wheel "
                                     "&& pip install --no-cache-dir -r requirements.txt\n"
                                     "RUN pip install -e .\n",
                                     "FROM python:3.12-slim@sha256:"
                                     "abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789")}};
    QTest::addRow("stdlib-only scripts need no manifest")
        << Files{{u"backup.py"_s, stdlibScript},
                 {u"hack/gen.py"_s, "import yaml\n"},
                 {u"docs/conf.py"_s, "import sphinx_rtd_theme\n"}};
    QTest::addRow("own modules are not third-party")
        << Files{{u"shop/__init__.py"_s, ""},
                 {u"shop/models.py"_s, "import dataclasses\n"},
                 {u"manage.py"_s, "import sys\nfrom shop.models import Order\nimport settings\n"},
                 {u"settings.py"_s, "DEBUG = False\n"},
                 {u"tests/test_models.py"_s, "import pytest\n"}};
    QTest::addRow("browser assets and vendored code")
        << Files{{u"static/js/app.js"_s, "import Chart from 'chart.js';\n"},
                 {u"public/main.js"_s, "const $ = require('jquery');\n"},
                 {u"vendor/lib/x.js"_s, "require('left-pad');\n"},
                 {u"web/app.js"_s, "import { helper } from './helper.js';\nimport 'components/button';\n"},
                 {u"web/components/button.js"_s, "export default 1;\n"},
                 {u"web/helper.js"_s, "export const helper = 1;\n"}};
    QTest::addRow("node app with lockfile and ranges") << Files{
        {u"package.json"_s, packageJson},
        {u"package-lock.json"_s, "{}\n"},
        {u"server.js"_s, expressServer},
        {u"Dockerfile"_s,
         "FROM node:20.11-bookworm-slim\nCOPY package*.json ./\nRUN npm ci --omit=dev && npm install\n"}};
    QTest::addRow("workspace member locked at the root")
        << Files{{u"package.json"_s, "{\n  \"private\": true,\n  \"workspaces\": [\"packages/*\"]\n}\n"},
                 {u"yarn.lock"_s, "# yarn lockfile v1\n"},
                 {u"packages/api/package.json"_s, packageJson},
                 {u"packages/api/server.js"_s, expressServer}};
    QTest::addRow("pinned by constraints")
        << Files{{u"requirements.txt"_s, "-c constraints.txt\nflask\nrequests\n"},
                 {u"constraints.txt"_s, "flask==3.0.3\n"}};
    QTest::addRow("go module with go.sum, and one without requires")
        << Files{{u"go.mod"_s, goModWithRequire},
                 {u"go.sum"_s, "github.com/gorilla/mux v1.8.1 h1:x\n"},
                 {u"main.go"_s, goMain},
                 {u"tools/go.mod"_s, "module github.com/acme/tools\n\ngo 1.22\n"},
                 {u"tools/main.go"_s, "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println() }\n"}};
    QTest::addRow("libraries leave the lock to their users")
        << Files{{u"crate/Cargo.toml"_s,
                  "[package]\nname = \"util\"\nversion = \"0.1.0\"\n\n[dependencies]\nserde = \"1\"\n"},
                 {u"crate/src/lib.rs"_s, "use serde::Serialize;\n"},
                 {u"gem/Gemfile"_s, "source 'https://rubygems.org'\ngemspec\ngem 'rake'\n"},
                 {u"gem/util.gemspec"_s, "Gem::Specification.new do |s|\nend\n"}};
    QTest::addRow("maven project") << Files{{u"pom.xml"_s, "<project/>\n"},
                                            {u"src/main/java/com/acme/shop/ShopApplication.java"_s, javaApp}};
    QTest::addRow("base images: stages, scratch, variables and digests")
        << Files{{u"Dockerfile"_s, "ARG BASE\nFROM golang:1.22 AS build\nRUN go build -o /app .\n"
                                   "FROM build AS test\nRUN go test ./...\n"
                                   "FROM ${BASE} AS runtime-base\n"
                                   "FROM scratch\nCOPY --from=build /app /app\nENTRYPOINT [\"/app\"]\n"}};
    QTest::addRow("pinned installs and checked downloads")
        << Files{{u"Dockerfile"_s,
                  "FROM alpine:3.19\n"
                  "RUN apk add --no-cache --virtual .deps curl=8.5.0-r0 'ca-certificates>=20240226'\n"
                  "RUN gem install bundler -v 2.5.6 && gem install rake:13.2.1\n"
                  "RUN npm install -g pm2@5.3.1 @nestjs/cli@10.3.2 ./local-tool\n"
                  "RUN pip install \"$PACKAGES\" flask==3.0.3 ./wheels/app-1.0-py3-none-any.whl\n"
                  "ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d "
                  "https://example.com/tool-1.2.3.tar.gz /tmp/\n"
                  "ADD https://github.com/moby/buildkit.git#v0.13.2 /buildkit\n"
                  "ADD vendor.tar.gz /opt/\n"}};
    QTest::addRow("examples and dev containers are not audited")
        << Files{{u"examples/demo/Dockerfile"_s, "FROM python\nRUN pip install flask\n"},
                 {u".devcontainer/Dockerfile"_s,
                  "FROM mcr.microsoft.com/devcontainers/base\nRUN apt-get install -y git\n"}};
}

void TestDependenciesRules::quiet()
{
    QFETCH(Files, files);
    const AuditResultPtr result = test::auditFiles(files);
    QVERIFY(result);
    QStringList unexpected;
    for (const Finding &finding : result->findings) {
        if (finding.factor == 2)
            unexpected.append(finding.rule + u" at "_s + finding.location.path + u':' +
                              QString::number(finding.location.line) + u": "_s + finding.message);
    }
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
    QCOMPARE(result->factors.at(1).status, FactorStatus::Pass);
}

void TestDependenciesRules::hadolintIgnoreSuppresses()
{
    const AuditResultPtr result = test::auditFiles(pythonService(
        dockerfile("# hadolint ignore=DL3008\nRUN apt-get update \\\n    && apt-get install -y "
                   "--no-install-recommends \\\n"
                   "       curl \\\n    && rm -rf /var/lib/apt/lists/*\nRUN pip install uvicorn\n")));
    QVERIFY(result);
    const QList<Finding> apt = test::allFindingsOf(*result, u"dependencies.unpinned-os-package"_s);
    QCOMPARE(apt.size(), 1);
    QVERIFY(apt.first().suppressed);
    QCOMPARE(apt.first().suppressed->source, u"hadolint"_s);
    QCOMPARE(apt.first().location.line, 4); // the instruction's first line, as hadolint reports it
    // A different check on another instruction is not hidden by that comment.
    const QList<Finding> pip = test::findingsOf(*result, u"dependencies.unpinned-language-package"_s);
    QCOMPARE(pip.size(), 1);
    QCOMPARE(pip.first().location.line, 8);
}

void TestDependenciesRules::creditsLockfilesAndDigests()
{
    const AuditResultPtr result = test::auditFiles(
        {{u"package.json"_s, packageJson},
         {u"package-lock.json"_s, "{}\n"},
         {u"server.js"_s, expressServer},
         {u"Dockerfile"_s,
          "FROM node:20.11-bookworm-slim@sha256:"
          "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nRUN npm ci\n"}});
    QVERIFY(result);
    QStringList credits;
    for (const Credit &credit : result->credits) {
        if (credit.factor == 2)
            credits.append(credit.text);
    }
    QCOMPARE(credits.size(), 2);
    QVERIFY2(credits.at(0).contains(u"package-lock.json locks"_s), qPrintable(credits.join(u'\n')));
    QVERIFY2(credits.at(1).contains(u"Dockerfile is pinned by digest"_s), qPrintable(credits.join(u'\n')));
}

void TestDependenciesRules::notApplicableWithoutCode()
{
    const AuditResultPtr result =
        test::auditFiles({{u"README.md"_s, "# notes\n"},
                          {u"k8s/ns.yaml"_s, "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n"}});
    QVERIFY(result);
    QCOMPARE(result->factors.at(1).status, FactorStatus::NotApplicable);
    QVERIFY(result->factors.at(1).reason.contains(u"no source code"_s));
}

QTEST_GUILESS_MAIN(TestDependenciesRules)
#include "tst_rules_dependencies.moc"
