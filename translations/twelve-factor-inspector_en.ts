<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>tfi::Cli</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform><numerusform>%n findings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n process</numerusform><numerusform>%n processes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform><numerusform>%n connections</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n dangling</source>
        <translation>
            <numerusform>%n dangling</numerusform><numerusform>%n dangling</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variable</numerusform><numerusform>%n variables</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read completely:</source>
        <translation>
            <numerusform>%n file could not be read completely:</numerusform><numerusform>%n files could not be read completely:</numerusform></translation>
    </message>
</context>
</TS>