<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>tfi::ChecklistModel</name>
    <message numerus="yes">
        <source>Priority %1 (%2 of %n done)</source>
        <translation>
            <numerusform>Priority %1 (%2 of %n done)</numerusform>
            <numerusform>Priority %1 (%2 of %n done)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolves %n finding(s)</source>
        <translation>
            <numerusform>Resolves %n finding</numerusform>
            <numerusform>Resolves %n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolved: no findings left (%n item(s))</source>
        <translation>
            <numerusform>Resolved: no findings left (%n item)</numerusform>
            <numerusform>Resolved: no findings left (%n items)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tfi::Cli</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n process</numerusform>
            <numerusform>%n processes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dangling</source>
        <translation>
            <numerusform>%n dangling</numerusform>
            <numerusform>%n dangling</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read completely:</source>
        <translation>
            <numerusform>%n file could not be read completely:</numerusform>
            <numerusform>%n files could not be read completely:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tfi::DashboardView</name>
    <message numerus="yes">
        <source>%1 · %n finding(s)</source>
        <translation>
            <numerusform>%1 · %n finding</numerusform>
            <numerusform>%1 · %n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n infos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suppressed</source>
        <translation>
            <numerusform>%n suppressed</numerusform>
            <numerusform>%n suppressed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tfi::DockerfileParser</name>
    <message numerus="yes">
        <source>EXPOSE names more than %n port(s); the rest are left out</source>
        <translation>
            <numerusform>EXPOSE names more than %n port; the rest are left out</numerusform>
            <numerusform>EXPOSE names more than %n ports; the rest are left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in this Dockerfile not reported</source>
        <translation>
            <numerusform>%n more problem in this Dockerfile not reported</numerusform>
            <numerusform>%n more problems in this Dockerfile not reported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tfi::EnvDiffView</name>
    <message numerus="yes">
        <source>%1, %2 across %n environment(s)</source>
        <translation>
            <numerusform>%1, %2 across %n environment</numerusform>
            <numerusform>%1, %2 across %n environments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differ(s)</source>
        <translation>
            <numerusform>%n differ</numerusform>
            <numerusform>%n differs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tfi::FindingsView</name>
    <message numerus="yes">
        <source>%1 of %n finding(s)</source>
        <translation>
            <numerusform>%1 of %n finding</numerusform>
            <numerusform>%1 of %n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tfi::History</name>
    <message numerus="yes">
        <source>the history scan stopped at the newest %n commit(s); older commits were not scanned for secrets</source>
        <translation>
            <numerusform>the history scan stopped at the newest %n commit; older commits were not scanned for secrets</numerusform>
            <numerusform>the history scan stopped at the newest %n commits; older commits were not scanned for secrets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tfi::MainWindow</name>
    <message numerus="yes">
        <source>Audited %n file(s) in %1 s.</source>
        <translation>
            <numerusform>Audited %n file in %1 s.</numerusform>
            <numerusform>Audited %n files in %1 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tfi::PortMap</name>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n replica</numerusform>
            <numerusform>%n replicas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tfi::PortMapView</name>
    <message numerus="yes">
        <source>%n finding(s):</source>
        <translation>
            <numerusform>%n finding:</numerusform>
            <numerusform>%n findings:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tfi::ProcfileParser</name>
    <message numerus="yes">
        <source>%n more problem(s) in this Procfile not reported</source>
        <translation>
            <numerusform>%n more problem in this Procfile not reported</numerusform>
            <numerusform>%n more problems in this Procfile not reported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tfi::Report</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info finding(s)</source>
        <translation>
            <numerusform>%n info finding</numerusform>
            <numerusform>%n info findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suppressed</source>
        <translation>
            <numerusform>%n suppressed</numerusform>
            <numerusform>%n suppressed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n item</numerusform>
            <numerusform>%1: %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) done</source>
        <translation>
            <numerusform>%1 of %n item done</numerusform>
            <numerusform>%1 of %n items done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n commit(s)</source>
        <translation>
            <numerusform>up to %n commit</numerusform>
            <numerusform>up to %n commits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suppressed finding(s)</source>
        <translation>
            <numerusform>%n suppressed finding</numerusform>
            <numerusform>%n suppressed findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read completely; the rest of the audit went on.</source>
        <translation>
            <numerusform>%n file could not be read completely; the rest of the audit went on.</numerusform>
            <numerusform>%n files could not be read completely; the rest of the audit went on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n diagnostic(s)</source>
        <translation>
            <numerusform>%n diagnostic</numerusform>
            <numerusform>%n diagnostics</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tfi::Rules</name>
    <message numerus="yes">
        <source>%1 look like copies of one app, one per environment: they share %n file(s), %2 of them identical</source>
        <translation>
            <numerusform>%1 look like copies of one app, one per environment: they share %n file, %2 of them identical</numerusform>
            <numerusform>%1 look like copies of one app, one per environment: they share %n files, %2 of them identical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this repository holds %n deployable app(s): %1. Each is a codebase of its own in the twelve-factor sense</source>
        <translation>
            <numerusform>this repository holds %n deployable app: %1. Each is a codebase of its own in the twelve-factor sense</numerusform>
            <numerusform>this repository holds %n deployable apps: %1. Each is a codebase of its own in the twelve-factor sense</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this repository deploys %n Helm chart(s): %1</source>
        <translation>
            <numerusform>this repository deploys %n Helm chart: %1</numerusform>
            <numerusform>this repository deploys %n Helm charts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this repository deploys %n kustomize base(s): %1</source>
        <translation>
            <numerusform>this repository deploys %n kustomize base: %1</numerusform>
            <numerusform>this repository deploys %n kustomize bases: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this repository deploys %n Compose project(s): %1</source>
        <translation>
            <numerusform>this repository deploys %n Compose project: %1</numerusform>
            <numerusform>this repository deploys %n Compose projects: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 does not pin %n package(s) with ==: %2</source>
        <translation>
            <numerusform>%1 does not pin %n package with ==: %2</numerusform>
            <numerusform>%1 does not pin %n packages with ==: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 accepts any version of %n package(s): %2</source>
        <translation>
            <numerusform>%1 accepts any version of %n package: %2</numerusform>
            <numerusform>%1 accepts any version of %n packages: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the template %1 holds %n real secret(s) instead of placeholders: %2</source>
        <translation>
            <numerusform>the template %1 holds %n real secret instead of placeholders: %2</numerusform>
            <numerusform>the template %1 holds %n real secrets instead of placeholders: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is committed with %n secret(s): %2</source>
        <translation>
            <numerusform>%1 is committed with %n secret: %2</numerusform>
            <numerusform>%1 is committed with %n secrets: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n secret(s) (%2) and is not ignored by git, so the next `git add` commits it</source>
        <translation>
            <numerusform>%1 holds %n secret (%2) and is not ignored by git, so the next `git add` commits it</numerusform>
            <numerusform>%1 holds %n secrets (%2) and is not ignored by git, so the next `git add` commits it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the Secret %1 (%2) is committed with %n value(s) in clear (base64 is only an encoding): %3</source>
        <translation>
            <numerusform>the Secret %1 (%2) is committed with %n value in clear (base64 is only an encoding): %3</numerusform>
            <numerusform>the Secret %1 (%2) is committed with %n values in clear (base64 is only an encoding): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the secretGenerator %1 (%2) writes %n value(s) as literals: %3</source>
        <translation>
            <numerusform>the secretGenerator %1 (%2) writes %n value as literals: %3</numerusform>
            <numerusform>the secretGenerator %1 (%2) writes %n values as literals: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the secretGenerator %1 (%2) reads %3, which is committed with %n secret value(s): %4</source>
        <translation>
            <numerusform>the secretGenerator %1 (%2) reads %3, which is committed with %n secret value: %4</numerusform>
            <numerusform>the secretGenerator %1 (%2) reads %3, which is committed with %n secret values: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the same value is also committed in %n other place(s)</source>
        <translation>
            <numerusform>%1; the same value is also committed in %n other place</numerusform>
            <numerusform>%1; the same value is also committed in %n other places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) take their values from Secrets or platform-generated secrets instead of literals</source>
        <translation>
            <numerusform>%n variable take their values from Secrets or platform-generated secrets instead of literals</numerusform>
            <numerusform>%n variables take their values from Secrets or platform-generated secrets instead of literals</numerusform>
        </translation>
    </message>
</context>
</TS>